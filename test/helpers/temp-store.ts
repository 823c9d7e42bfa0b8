import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** An SQLite store path in a folder of its own, for a process's SOCKERR_STORE_PATH. */
export function tempStorePath(): { path: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'sockerr-store-'));
  return { path: join(dir, 'sockerr.db'), remove: () => rmSync(dir, { recursive: true, force: true }) };
}
