import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONFIG_VARS } from '../../src/config/vars.js';
import { eventually } from './eventually.js';

const MAIN = fileURLToPath(new URL('../../src/main.ts', import.meta.url));

/** sockerr started as `npm start` starts it (src/main.ts), with only the given variables set. */
export interface SpawnedSockerr {
  readonly child: ChildProcess;
  /** Everything it wrote to standard error (its JSON log lines). */
  stderr(): string;
  /** Resolves with the exit code. */
  exited: Promise<number | null>;
  /** Waits until the log says every adapter started. */
  started(ms?: number): Promise<void>;
  /** Kills it if still running and removes its store folder. */
  cleanUp(): void;
}

export function spawnSockerr(vars: Record<string, string>, args: string[] = []): SpawnedSockerr {
  const storeDir = mkdtempSync(join(tmpdir(), 'sockerr-spawn-'));
  const env: Record<string, string> = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' };
  for (const v of CONFIG_VARS) env[v.key] = '';
  Object.assign(env, { SOCKERR_STORE_PATH: join(storeDir, 'state.json'), LOG_LEVEL: 'info' }, vars);
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN, ...args], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return {
    child,
    stderr: () => stderr,
    exited,
    started: (ms = 30_000) =>
      eventually(() => /"msg":"adapter started"/.test(stderr), 'start-up', ms).then(() => undefined),
    cleanUp() {
      if (child.exitCode === null) child.kill('SIGKILL');
      rmSync(storeDir, { recursive: true, force: true });
    },
  };
}
