/**
 * `npm start`: loads `.env` and starts sockerr (src/app/start.ts). `node dist/main.js slack` or
 * `… discord` starts only that adapter (the Procfile's `web` and `worker`).
 */
import { loadDotenv } from './app/load-dotenv.js';
import { startSockerr } from './app/start.js';
import { ConfigError } from './config/index.js';

Promise.resolve()
  .then(() => {
    loadDotenv();
    return startSockerr(process.env, process.argv[2]);
  })
  .catch((error: unknown) => {
    // A ConfigError (also from an adapter's start, e.g. a rejected token) already says what to fix.
    const message =
      error instanceof ConfigError
        ? error.message
        : `sockerr could not start: ${error instanceof Error ? error.message : String(error)}`;
    process.stderr.write(`${message}\n`);
    process.exit(1);
  });
