/** The `sockerr` command (`npx sockerr …`). */
import { loadCatalog } from '../core/catalog.js';
import type { CoreContext } from '../core/core-context.js';
import { detectErrors } from '../core/detect.js';
import { loadTranslations } from '../core/i18n.js';
import { createLogger } from '../core/logger.js';
import { createLookup } from '../core/lookup.js';
import { createMemoryStore } from '../core/store.js';
import { EXIT, runCli } from './run-cli.js';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

async function main(): Promise<number> {
  const catalog = loadCatalog();
  const ctx: CoreContext = {
    catalog,
    lookup: createLookup(catalog),
    detect: detectErrors,
    t: loadTranslations(),
    store: createMemoryStore(),
    logger: createLogger({ level: 'error' }),
    cooldownMs: 0,
    defaultLang: 'en',
  };
  return runCli(process.argv.slice(2), ctx, {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readStdin,
    color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
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
