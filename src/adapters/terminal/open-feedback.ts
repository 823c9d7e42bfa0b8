import { existsSync, statSync } from 'node:fs';
import { createCore } from '../../core/index.js';
import type { FeedbackSource } from './feedback-cli.js';
import { showInput } from './show-input.js';

/**
 * Why SOCKERR_STORE_PATH names no store to read, or null when it names a file. Opening anything
 * else writes: SQLite makes an empty file its database and puts a `-journal` beside a device
 * (`/dev/null-journal`), and `feedback` only reads. An empty file is what a store never is.
 */
function notAStore(path: string): string | null {
  const shown = showInput(path);
  const nothing = `no store at ${shown} (nothing recorded yet, or set SOCKERR_STORE_PATH or REDIS_URL)`;
  if (!existsSync(path)) return nothing;
  const stat = statSync(path);
  if (stat.isDirectory()) return `SOCKERR_STORE_PATH ${shown} is a directory: name the store's file in it`;
  if (!stat.isFile()) return `SOCKERR_STORE_PATH ${shown} is not a file`;
  if (stat.size === 0 && !existsSync(`${path}-wal`)) return nothing;
  return null;
}

/**
 * `sockerr feedback`: the store `npm start` uses (`.env` read the same way), with a core over it
 * for the catalog's labels. A store that does not exist yet is not created just to be read.
 */
export async function openFeedback(): Promise<FeedbackSource> {
  // Loaded here only: a look-up or a scan needs no config, store or logger of its own. `.env` as
  // `npm start` reads it: `dotenv/config` read a UTF-16 one (Windows PowerShell's `>`) as no
  // variable at all, and the default store was read in silence instead of the one it names.
  const [{ loadDotenv }, { loadConfig }, { createStore }, { loadCoreData }, { createLogger }] =
    await Promise.all([
      import('../../app/load-dotenv.js'),
      import('../../config/index.js'),
      import('../../app/create-store.js'),
      import('../../infra/data/index.js'),
      import('../../infra/logging/index.js'),
    ]);
  loadDotenv();
  const config = loadConfig(process.env);
  const problem = config.redisUrl ? null : notAStore(config.storePath);
  if (problem) throw new Error(problem);
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
