import { closeSync, openSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startChild } from './children.js';

const PEAK_RSS_HOOK = fileURLToPath(new URL('../apps/report-peak-rss.cjs', import.meta.url));

const TIME_LIMIT_MS = 180_000;

export interface TimedRun {
  /** Wall time from spawn to exit, in ms. */
  ms: number;
  code: number | null;
  /** Peak RSS in MB, when asked for (a preload reports it at exit). */
  peakMb?: number;
}

/**
 * Runs a whole process to its end with stdout to /dev/null (as `… > /dev/null`), timed from spawn to
 * exit. With `peakRss` (node processes only) a preload in NODE_OPTIONS reports the peak RSS at exit.
 */
export async function timedRun(
  command: string,
  args: string[],
  options: {
    env: NodeJS.ProcessEnv;
    cwd: string;
    work: string;
    okCodes?: number[];
    peakRss?: boolean;
    /** Read stdout through a pipe instead: GNU grep stops at its first match when stdout is /dev/null. */
    stdoutPipe?: boolean;
  },
): Promise<TimedRun> {
  const devNull = openSync('/dev/null', 'w');
  const rssFile = join(options.work, 'peak-rss.txt');
  rmSync(rssFile, { force: true });
  const node = options.peakRss === true && command === process.execPath;
  const env = node
    ? { ...options.env, NODE_OPTIONS: `--require ${PEAK_RSS_HOOK}`, BENCH_PEAK_RSS_FILE: rssFile }
    : options.env;
  try {
    const t0 = performance.now();
    const stdout = options.stdoutPipe ? 'pipe' : devNull;
    const child = startChild(command, command, args, { env, cwd: options.cwd, stdout });
    // A scan of the largest log takes seconds; minutes mean it hangs.
    const timer = setTimeout(() => child.process.kill('SIGKILL'), TIME_LIMIT_MS);
    const code = await child.exited;
    clearTimeout(timer);
    const ms = performance.now() - t0;
    if (!(options.okCodes ?? [0]).includes(code ?? -1)) {
      throw new Error(`${[command, ...args].join(' ')} exited with ${code}: ${child.tail()}`);
    }
    const peakKb = node ? Number(readFileSync(rssFile, 'utf8')) : Number.NaN;
    return { ms, code, ...(Number.isFinite(peakKb) ? { peakMb: peakKb / 1024 } : {}) };
  } finally {
    closeSync(devNull);
  }
}
