import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from './paths.js';

/** The command line run from `src/` through tsx, as a user's shell would run it, its output kept. */
export interface CliProcess {
  child: ChildProcess;
  /** Resolves with the exit code once the process and its pipes are closed. */
  closed: Promise<number | null>;
  /** What it has written so far to standard output and to standard error. */
  out(): string;
  err(): string;
}

/** Starts `sockerr <args>`; standard input is a pipe, nothing, or an open file descriptor. */
export function spawnCli(args: string[], stdin: 'pipe' | 'ignore' | number = 'ignore'): CliProcess {
  const cli = join(ROOT, 'src/adapters/terminal/cli.ts');
  const child = spawn(process.execPath, ['--import', import.meta.resolve('tsx'), cli, ...args], {
    cwd: ROOT,
    stdio: [stdin, 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    out += chunk.toString('utf8');
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    err += chunk.toString('utf8');
  });
  const closed = new Promise<number | null>((resolve) => child.on('close', resolve));
  return { child, closed, out: () => out, err: () => err };
}
