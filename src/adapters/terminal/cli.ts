/** The `sockerr` command (`npx sockerr …`): the one-shot side of the terminal adapter. */
import { fstatSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isatty } from 'node:tty';
import { setFlagsFromString } from 'node:v8';
import { createCore } from '../../core/index.js';
import { loadCoreDataOnDemand, PACKAGE_ROOT } from '../../infra/data/index.js';
// The memory store alone: the store folder's door also loads the Redis client and SQLite's binding.
import { createMemoryStore } from '../../infra/store/memory-store.js';
import { createDeferredLogger } from './deferred-logger.js';
import { openFeedback } from './open-feedback.js';
import { createOutput, type OutputState } from './process-output.js';
import { freshReads, readText } from './read-text.js';
import { EXIT, runCli } from './run-cli.js';
import { showText } from './show-input.js';
import { isStreamSource, openStreamSource } from './stream-source.js';
import { wantsColor } from './wants-color.js';
import { withYoungGenerationCap } from './young-generation.js';

/** package.json's version, however the CLI runs (tsx, tsc's per-file build, the bundle). */
function readVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8'));
    return typeof pkg.version === 'string' ? pkg.version : 'unknown';
  } catch {
    return 'unknown';
  }
}

/**
 * Standard input for `scan -`. Node gives a directory on fd 0 (`sockerr scan - < logs/`) as a
 * stream that ends at once, which would read as a log with no errors: it is refused as a file is.
 * A file (`sockerr scan - < app.log`) is read synchronously as a named file is: through
 * `process.stdin`, the scan waited on the thread pool for every 64 KB it read (50 MB: 0.61 s, 0.15
 * of it idle, against 0.46 named). It ends, so Ctrl-C keeps Node's default, as for a named file.
 */
function standardInput(): AsyncIterable<unknown> | Iterable<unknown> {
  const stat = fstatSync(0);
  if (stat.isDirectory()) throw Object.assign(new Error('standard input is a directory'), { code: 'EISDIR' });
  return stat.isFile() ? freshReads(0) : process.stdin;
}

/** Whether standard input is a regular file (which ends) rather than a pipe or a terminal. */
const stdinIsFile = () => {
  try {
    return fstatSync(0).isFile();
  } catch {
    return false;
  }
};

/** Written through these only: a closed pipe or a full disk is told in a line, not a stack trace. */
const output: OutputState = { failed: false };
const stderr = createOutput(process.stderr, 'standard error', output, () => {});
const stdout = createOutput(process.stdout, 'standard output', output, (text) => {
  stderr(text);
  // The failure may be reported after main() has set the exit code (a file's stream says it late).
  process.exitCode = EXIT.usage;
});

async function main(): Promise<number> {
  // Until a scan lets it grow to its size (young-generation.ts), V8's young generation stays at
  // its starting size: a look-up needs no more, and reading the detector's tables would double it
  // to 32 MB (V8 reads this flag whenever it would grow it).
  setFlagsFromString('--semi-space-growth-factor=1');
  // A full collection when the old generation is half again its live size, not four times it: a
  // log with an error on every line promotes what each step finds, and the old generation grew
  // from 10 MB live to 50 between full collections (50 MB of `connect ECONNREFUSED` lines: 115 →
  // 89 MB peak, the same 3.0 s; the bench's log and a CJK log as before).
  setFlagsFromString('--heap-growing-percent=50');
  // A one-shot process pays for V8's optimizing compiles: on a 50 MB scan they took ~300 ms of CPU
  // on a compiler thread (more than the main thread's scan), as each hot detection function was
  // compiled with its callees inlined up to 920 bytes of bytecode, then again after each deopt.
  // A quarter of that inlining compiles less and sooner: ~15% less CPU, scans as fast once warm.
  setFlagsFromString('--max-inlined-bytecode-size-cumulative=230');
  // A look-up of a code or name needs no state, no detector and no detection data: the rules are
  // read and the detector built only when a scan, or a query that is a log line, asks for them.
  const logger = createDeferredLogger();
  const core = createCore({
    ...loadCoreDataOnDemand(),
    store: createMemoryStore(),
    logger,
    cooldownMs: 0,
    defaultLang: 'en',
    // Its answers name other errors' commands as they are typed here: `sockerr 10061`.
    invoke: 'sockerr',
  });
  // What `scan` reads as a stream (standard input, a pipe or a device): let go of at Ctrl-C, and once
  // the scan is over, whatever ended it (a compressed or damaged stream is refused after its first
  // bytes, and the process then waited for the writer, `tail -f`, to end).
  let reading: { destroy: () => void } | undefined;
  const code = await runCli(process.argv.slice(2), core, {
    defaultLang: 'en',
    stdout,
    stderr,
    // A scan's young generation grows to a size that keeps its memory flat (young-generation.ts).
    readText: (source, encoding) => {
      // A pipe or a device is read as standard input is, and let go of at Ctrl-C as it is.
      const pipe = isStreamSource(source) ? openStreamSource(source) : null;
      const input = pipe ?? (source === '-' ? standardInput() : []);
      if (pipe || input === process.stdin) reading = pipe ?? process.stdin;
      return withYoungGenerationCap(readText(pipe ? '-' : source, input, encoding));
    },
    isStream: isStreamSource,
    color: wantsColor(process.stdout),
    stdinIsTerminal: isatty(0),
    onInterrupt: (stop, source) => {
      // A file ends, and is read synchronously: a handler would only run once it was read.
      if (source === '-' && stdinIsFile()) return () => {};
      // SIGTERM as Ctrl-C: `tail -f app.log | sockerr scan -` is stopped by `timeout`, a
      // supervisor or `kill`, and Node's default for it ended the process with the findings unsaid.
      const signals = ['SIGINT', 'SIGTERM'] as const;
      const handler = (signal: (typeof signals)[number]) => {
        // Once, for either: a second signal ends the process as Node does by default.
        release();
        stop(signal);
        reading?.destroy();
      };
      const release = () => {
        for (const signal of signals) process.off(signal, handler);
      };
      for (const signal of signals) process.on(signal, handler);
      return release;
    },
    version: readVersion(),
    openFeedback,
  });
  reading?.destroy();
  await logger.flush();
  return code;
}

main().then(
  (code) => {
    // Output that could not be written is no answer, whatever the command found.
    process.exitCode = output.failed ? EXIT.usage : code;
  },
  (error: unknown) => {
    stderr(`sockerr: ${showText(error instanceof Error ? error.message : String(error))}\n`);
    process.exitCode = EXIT.usage;
  },
);
