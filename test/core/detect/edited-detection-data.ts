import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_DATA_DIR } from '../../../src/infra/data/index.js';

const dirs: string[] = [];

/** A copy of `data/` whose detection file `name` is edited by `change`. */
export function dataWith(name: string, change: (json: Record<string, unknown>) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'sockerr-detect-'));
  dirs.push(dir);
  cpSync(join(DEFAULT_DATA_DIR, 'detection'), join(dir, 'detection'), { recursive: true });
  const file = join(dir, 'detection', name);
  const json = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  change(json);
  writeFileSync(file, JSON.stringify(json));
  return dir;
}

/** Removes the copies `dataWith` made; give it to `afterEach`. */
export function removeDataCopies(): void {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
}
