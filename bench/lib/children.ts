import { type ChildProcess, fork, type StdioOptions, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';

/**
 * Every process the bench starts goes through here, so that all of them are ended when the bench
 * ends: normally, on an error, or on Ctrl-C / SIGTERM / SIGHUP. No orphans are left running.
 */
const running = new Set<ChildProcess>();

export interface Child {
  readonly name: string;
  readonly process: ChildProcess;
  readonly pid: number;
  /** Resolves with the exit code (null after a signal) once the process has ended. */
  readonly exited: Promise<number | null>;
  /** The last few kilobytes of its stderr (and stdout when piped), for error messages. */
  tail(): string;
}

interface StartOptions {
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  /** Where stdout goes: `pipe` (kept in `tail()`), `ignore`, or a file descriptor (/dev/null). */
  stdout?: 'pipe' | 'ignore' | number;
  /** Fork `command` (a module path) with an IPC channel (the load process). */
  ipc?: boolean;
  execArgv?: string[];
}

const TAIL_BYTES = 8192;

export function startChild(name: string, command: string, args: string[], options: StartOptions = {}): Child {
  const stdio: StdioOptions = ['ignore', options.stdout ?? 'pipe', 'pipe'];
  const child = options.ipc
    ? fork(command, args, {
        env: options.env,
        cwd: options.cwd,
        execArgv: options.execArgv ?? [],
        stdio: [...stdio, 'ipc'],
      })
    : spawn(command, args, { env: options.env, cwd: options.cwd, stdio });
  let tail = '';
  const keep = (chunk: Buffer) => {
    tail = (tail + chunk.toString('utf8')).slice(-TAIL_BYTES);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<number | null>((resolve) => {
    child.once('exit', (code) => {
      running.delete(child);
      resolve(code);
    });
    child.once('error', (error) => {
      running.delete(child);
      tail += `\n${error.message}`;
      resolve(null);
    });
  });
  if (child.pid === undefined) throw new Error(`could not start ${name} (${command})`);
  running.add(child);
  return { name, process: child, pid: child.pid, exited, tail: () => tail };
}

/** SIGTERM (a graceful stop, as a platform sends), then SIGKILL if it is still there after `graceMs`. */
export async function stopChild(child: Child, graceMs = 5000): Promise<void> {
  if (child.process.exitCode !== null || child.process.signalCode !== null) return;
  child.process.kill('SIGTERM');
  const timer = setTimeout(() => child.process.kill('SIGKILL'), graceMs);
  await child.exited;
  clearTimeout(timer);
}

/** Ends every process still running, at once (synchronous, so it also works in an `exit` handler). */
function killAll(): void {
  for (const child of running) child.kill('SIGKILL');
  running.clear();
}

/** Installs the handlers that end every child with the bench, whatever ends the bench. */
export function installCleanup(): void {
  process.on('exit', killAll);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, () => {
      killAll();
      process.exit(130);
    });
  }
}

/** Resident set size now (VmRSS) and its peak (VmHWM), in MB, from /proc/<pid>/status (Linux). */
export function readMemory(pid: number): { rssMb: number; peakMb: number } | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (key: string) =>
      Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? Number.NaN);
    return { rssMb: kb('VmRSS') / 1024, peakMb: kb('VmHWM') / 1024 };
  } catch {
    return undefined;
  }
}

/** CPU time (user + system) a process has used so far, in ms, from /proc/<pid>/stat (Linux). */
export function readCpuMs(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces): state is field 3, utime 14, stime 15.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]);
    // USER_HZ is 100 on Linux (sysconf(_SC_CLK_TCK)).
    return Number.isFinite(ticks) ? ticks * 10 : undefined;
  } catch {
    return undefined;
  }
}
