import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type SockerrProcess, startSockerr } from './sockerr-process.js';

/** A sockerr process (see sockerr-process.ts) with a store of its own in a temporary folder. */
export interface SpawnedSockerr extends SockerrProcess {
  /** Resolves with the exit code, however the process ends. */
  exited: Promise<number | null>;
  /** Waits until the log says every adapter started. */
  started(ms?: number): Promise<void>;
  /** Kills it if still running and removes its store folder. */
  cleanUp(): void;
}

export function spawnSockerr(vars: Record<string, string>, args: string[] = []): SpawnedSockerr {
  const storeDir = mkdtempSync(join(tmpdir(), 'sockerr-spawn-'));
  const proc = startSockerr(
    { SOCKERR_STORE_PATH: join(storeDir, 'sockerr.db'), LOG_LEVEL: 'info', ...vars },
    args,
  );
  const exited = once(proc.child, 'exit').then(([code]) => code as number | null);
  return Object.assign(proc, {
    exited,
    started: async (ms = 30_000) => {
      await proc.waitFor('stderr', /"msg":"adapter started"/, 'start-up', ms);
    },
    cleanUp() {
      if (proc.child.exitCode === null) proc.child.kill('SIGKILL');
      rmSync(storeDir, { recursive: true, force: true });
    },
  });
}
