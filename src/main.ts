/**
 * `npm start`: loads `.env`, validates the configuration and starts the adapters it enables:
 * Slack and/or Discord when their tokens are set, else the local shell. `node dist/main.js slack`
 * or `… discord` starts only that one (the Procfile's `web` and `worker`).
 */
import 'dotenv/config';
import type { Adapter, AdapterDeps } from './adapters/adapter.js';
import { type Config, ConfigError, loadConfig } from './config/index.js';
import { createCore, type Logger } from './core/index.js';
import { loadCoreData } from './infra/data/index.js';
import { createLogger } from './infra/logging/index.js';
import { createFileStore } from './infra/store/index.js';

const SHUTDOWN_GRACE_MS = 10_000;
const ADAPTER_NAMES = ['slack', 'discord', 'shell'] as const;
type AdapterName = (typeof ADAPTER_NAMES)[number];

function chooseAdapters(config: Config, requested: string | undefined): AdapterName[] {
  if (requested !== undefined) {
    if (!ADAPTER_NAMES.includes(requested as AdapterName)) {
      throw new ConfigError([`unknown adapter "${requested}": use one of ${ADAPTER_NAMES.join(', ')}`]);
    }
    if (requested === 'slack' && !config.slack) {
      throw new ConfigError([
        'the slack adapter needs SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET (or SLACK_APP_TOKEN)',
      ]);
    }
    if (requested === 'discord' && !config.discord) {
      throw new ConfigError(['the discord adapter needs DISCORD_TOKEN and DISCORD_APPLICATION_ID']);
    }
    return [requested as AdapterName];
  }
  const chosen: AdapterName[] = [];
  if (config.slack) chosen.push('slack');
  if (config.discord) chosen.push('discord');
  return chosen.length > 0 ? chosen : ['shell'];
}

/** Platform SDKs are imported only when their adapter runs, so the shell starts fast. */
async function buildAdapter(name: AdapterName, deps: AdapterDeps): Promise<Adapter> {
  switch (name) {
    case 'slack':
      return (await import('./adapters/slack/index.js')).createSlackAdapter(deps);
    case 'discord':
      return (await import('./adapters/discord/index.js')).createDiscordAdapter(deps);
    case 'shell': {
      const { createShellAdapter } = await import('./adapters/terminal/index.js');
      const interactive = Boolean(process.stdin.isTTY);
      const shell = createShellAdapter(deps, {
        input: process.stdin,
        output: process.stdout,
        color: Boolean(process.stdout.isTTY),
        interactive,
      });
      // The shell ends with its input (EOF, Ctrl-C, /quit): then the process ends too.
      void shell.closed.then(() => process.emit('SIGTERM'));
      return shell;
    }
  }
}

async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\nSee README.md ("Configuration") and .env.example.\n`);
      process.exit(1);
    }
    throw error;
  }
  const requested = process.argv[2];
  const names = chooseAdapters(config, requested);
  // In the shell, log lines would interleave with the conversation: keep only warnings.
  const level = names.includes('shell') && config.logLevel === 'info' ? 'warn' : config.logLevel;
  const format = config.logFormat ?? (process.stderr.isTTY ? 'pretty' : 'json');
  const logger: Logger = createLogger({ level, format, secrets: config.secrets });
  const store = createFileStore({ path: config.storePath, logger });
  const core = createCore({
    ...loadCoreData(),
    store,
    logger,
    cooldownMs: config.cooldownMs,
    defaultLang: config.defaultLang,
  });
  const adapters: Adapter[] = [];
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

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info('shutting down', { signal });
    const timer = setTimeout(() => {
      logger.error('shutdown took longer than 10 s; exiting anyway');
      process.exit(1);
    }, SHUTDOWN_GRACE_MS);
    timer.unref();
    await Promise.allSettled(adapters.map((a) => a.stop()));
    await store.close();
    process.exit(process.exitCode ?? 0);
  };
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

main().catch((error: unknown) => {
  // A ConfigError (also from an adapter's start, e.g. a rejected token) already says what to fix.
  const message =
    error instanceof ConfigError
      ? error.message
      : `sockerr could not start: ${error instanceof Error ? error.message : String(error)}`;
  process.stderr.write(`${message}\n`);
  process.exit(1);
});
