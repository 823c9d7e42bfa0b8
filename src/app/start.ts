import type { Adapter } from '../adapters/adapter.js';
import { type Config, ConfigError, loadConfig } from '../config/index.js';
import { createCore, type Logger } from '../core/index.js';
import { loadCoreData } from '../infra/data/index.js';
import { createLogger } from '../infra/logging/index.js';
import { buildAdapter, chooseAdapters } from './choose-adapters.js';
import { createStore } from './create-store.js';
import { createShutdown } from './shutdown.js';

/**
 * Reads the configuration, builds infra and core, and starts the adapters it enables: Slack
 * and/or Discord when their tokens are set, else the local shell; `requested` starts only that one.
 */
export async function startSockerr(env: NodeJS.ProcessEnv, requested: string | undefined): Promise<void> {
  let config: Config;
  try {
    config = loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\nSee README.md ("Configuration") and .env.example.\n`);
      process.exit(1);
    }
    throw error;
  }
  const names = chooseAdapters(config, requested);
  // In the shell, log lines would interleave with the conversation: keep only warnings.
  const level = names.includes('shell') && config.logLevel === 'info' ? 'warn' : config.logLevel;
  const format = config.logFormat ?? (process.stderr.isTTY ? 'pretty' : 'json');
  const logger: Logger = createLogger({ level, format, secrets: config.secrets });
  const store = await createStore(config, logger);
  const core = createCore({
    ...loadCoreData(),
    store,
    logger,
    cooldownMs: config.cooldownMs,
    defaultLang: config.defaultLang,
  });
  const adapters: Adapter[] = [];
  const shutdown = createShutdown({ adapters, store, logger });
  const onFatal = (error: Error) => {
    logger.error('an adapter lost its connection for good; exiting so the supervisor restarts sockerr', {
      error,
    });
    process.exitCode = 1;
    void shutdown('fatal');
  };
  for (const name of names) {
    adapters.push(
      await buildAdapter(name, { core, config, logger: logger.child({ adapter: name }), onFatal }),
    );
  }

  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('unhandledRejection', (reason) => logger.error('unhandled rejection', { error: reason }));
  // After an uncaught exception the process state is unknown: stop cleanly and let the supervisor restart it.
  process.on('uncaughtException', (error) => {
    logger.error('uncaught exception; shutting down', { error });
    process.exitCode = 1;
    void shutdown('uncaughtException');
  });

  // Build the detector now, so the first message after a start is answered as fast as any other.
  core.warmUp();
  for (const adapter of adapters) {
    await adapter.start();
    logger.info('adapter started', { adapter: adapter.name });
  }
}
