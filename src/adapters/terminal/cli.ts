/** The `sockerr` command (`npx sockerr …`): the one-shot side of the terminal adapter. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { createCore } from '../../core/index.js';
import { loadCoreDataOnDemand, PACKAGE_ROOT } from '../../infra/data/index.js';
// The memory store alone: the store folder's door also loads the Redis client and SQLite's binding.
import { createMemoryStore } from '../../infra/store/memory-store.js';
import { createDeferredLogger } from './deferred-logger.js';
import type { FeedbackSource } from './feedback-cli.js';
import { readText } from './read-text.js';
import { EXIT, runCli } from './run-cli.js';

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
 * `sockerr feedback`: the store `npm start` uses (`.env` read the same way), with a core over it
 * for the catalog's labels. A store that does not exist yet is not created just to be read.
 */
async function openFeedback(): Promise<FeedbackSource> {
  // Loaded here only: a look-up or a scan needs no config, store or logger of its own.
  await import('dotenv/config');
  const [{ loadConfig }, { createStore }, { loadCoreData }, { createLogger }] = await Promise.all([
    import('../../config/index.js'),
    import('../../app/create-store.js'),
    import('../../infra/data/index.js'),
    import('../../infra/logging/index.js'),
  ]);
  const config = loadConfig(process.env);
  if (!config.redisUrl && !existsSync(config.storePath)) {
    throw new Error(
      `no store at ${config.storePath} (nothing recorded yet, or set SOCKERR_STORE_PATH or REDIS_URL)`,
    );
  }
  const logger = createLogger({ level: 'error' });
  const store = await createStore(config, logger);
  const core = createCore({
    ...loadCoreData(),
    store,
    logger,
    cooldownMs: 0,
    defaultLang: config.defaultLang,
  });
  return { core, close: () => store.close() };
}

async function main(): Promise<number> {
  // `scan` reads a log in small steps whose strings V8 collects young; as the scan allocates, V8
  // would double its young generation up to 32 MB, most of the process's memory beyond what it
  // starts with. Kept at its starting size, a 1 GB log is read in about 90 MB instead of 130 MB, as
  // fast (V8 reads this flag whenever the young generation would grow).
  setFlagsFromString('--semi-space-growth-factor=1');
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
  });
  const code = await runCli(process.argv.slice(2), core, {
    defaultLang: 'en',
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readText: (source, encoding) => readText(source, process.stdin, encoding),
    color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
    version: readVersion(),
    openFeedback,
  });
  await logger.flush();
  return code;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`sockerr: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = EXIT.usage;
  },
);
