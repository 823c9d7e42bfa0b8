/** The `sockerr` command (`npx sockerr …`): the one-shot side of the terminal adapter. */
import { existsSync, readFileSync } from 'node:fs';
import { createStore } from '../../app/create-store.js';
import { loadConfig } from '../../config/index.js';
import { createCore } from '../../core/index.js';
import { loadCoreData } from '../../infra/data/index.js';
import { createLogger } from '../../infra/logging/index.js';
import { createMemoryStore } from '../../infra/store/index.js';
import type { FeedbackSource } from './feedback-cli.js';
import { EXIT, runCli } from './run-cli.js';

async function readStdin(maxBytes: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) throw new Error('larger than 256 MiB; split it first');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** package.json's version; the same path from `src/` (tsx) and from `dist/` (built). */
function readVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8'));
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
  await import('dotenv/config');
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
  // A look-up of a code or name needs no state and no detector: the detector is built only when a
  // scan, or a query that is a log line, asks for it.
  const core = createCore({
    ...loadCoreData(),
    store: createMemoryStore(),
    logger: createLogger({ level: 'error' }),
    cooldownMs: 0,
    defaultLang: 'en',
  });
  return runCli(process.argv.slice(2), core, {
    defaultLang: 'en',
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readStdin,
    color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
    version: readVersion(),
    openFeedback,
  });
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
