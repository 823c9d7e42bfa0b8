/** The `sockerr` command (`npx sockerr …`): the one-shot side of the terminal adapter. */
import { readFileSync } from 'node:fs';
import { createCore } from '../../core/index.js';
import { loadCoreData } from '../../infra/data/index.js';
import { createLogger } from '../../infra/logging/index.js';
import { createMemoryStore } from '../../infra/store/index.js';
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
