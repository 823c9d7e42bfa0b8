import type { Adapter } from '../adapters/adapter.js';
import { type Config, ConfigError, loadConfig } from '../config/index.js';
import { createCore, type Logger } from '../core/index.js';
import { loadCoreData } from '../infra/data/index.js';
import { hashText } from '../infra/hash/index.js';
import {
  createHealthRoutes,
  createReadiness,
  type HealthServer,
  type ReadinessProbe,
} from '../infra/http/index.js';
import { createLogger } from '../infra/logging/index.js';
import { createMetrics, instrumentStore } from '../infra/metrics/index.js';
import { chooseAdapters, importAdapter } from './choose-adapters.js';
import { createStore } from './create-store.js';
import { hideSecrets } from './hide-secrets.js';
import { logProcessWarnings } from './log-process-warnings.js';
import { createShutdown } from './shutdown.js';
import { startHealth } from './start-health.js';
import { keepHeapNearLiveSize } from './tune-heap.js';
import { warmUpStore } from './warm-up-store.js';

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
  await startWith(config, requested).catch((error: unknown) => {
    throw hideSecrets(error, config.secrets);
  });
}

/** Everything after the configuration is read: its failures may repeat what the operator set. */
async function startWith(config: Config, requested: string | undefined): Promise<void> {
  const names = withWarnings(config, () => chooseAdapters(config, requested));
  const chat = !names.includes('shell');
  // The adapters' modules (Bolt, discord.js: the largest imports) load while the store opens.
  const factories = Promise.all(names.map(async (name) => ({ name, create: await importAdapter(name) })));
  factories.catch(() => undefined); // awaited below: not an unhandled rejection in the meantime
  if (chat) keepHeapNearLiveSize();
  // In the shell, log lines would interleave with the conversation: keep only warnings.
  const level = !chat && config.logLevel === 'info' ? 'warn' : config.logLevel;
  const format = config.logFormat ?? (process.stderr.isTTY ? 'pretty' : 'json');
  const logger: Logger = createLogger({ level, format, secrets: config.secrets });
  logProcessWarnings(logger);
  for (const warning of config.warnings) logger.warn(warning);
  const metrics = createMetrics({ processMetrics: chat });
  const backend = await createStore(config, logger);
  const store = instrumentStore(backend, metrics);
  const core = createCore({
    ...loadCoreData(),
    store,
    logger,
    cooldownMs: config.cooldownMs,
    defaultLang: config.defaultLang,
    metrics,
    hashText,
  });
  const adapters: Adapter[] = [];
  // Redis is every instance's: its outage is reported, not a reason to take this one out of service.
  const probes: ReadinessProbe[] = [
    { name: 'store', check: () => store.ping(), shared: config.redisUrl !== undefined },
  ];
  const readiness = createReadiness({
    probes,
    working: false,
    // The reasons stay out of /readyz (Slack over HTTP serves it to the world) and come here.
    // A shared probe down leaves /readyz at 200 `degraded`: a line saying 503 sent operators to a
    // load balancer that had not taken the instance out.
    onChange: (check, reason) =>
      reason === undefined
        ? logger.info('readiness check passes again', { check })
        : logger.warn(
            probes.find((p) => p.name === check)?.shared
              ? 'readiness check fails: /readyz answers 200 (degraded), as every instance shares it'
              : 'readiness check fails: /readyz answers 503',
            { check, reason },
          ),
  });
  const httpRoutes = createHealthRoutes({
    readiness,
    metrics,
    onError: (error) => logger.warn('a health route failed', { error }),
  });
  let health: HealthServer | undefined;
  const shutdown = createShutdown({
    adapters,
    store,
    logger,
    readiness,
    closeHealth: () => health?.close() ?? Promise.resolve(),
  });
  const onFatal = (error: Error) => {
    logger.error('an adapter lost its connection for good; exiting so the supervisor restarts sockerr', {
      error,
    });
    process.exitCode = 1;
    void shutdown('fatal');
  };
  for (const { name, create } of await factories) {
    const adapter = create({
      core,
      config,
      logger: logger.child({ adapter: name }),
      onFatal,
      metrics,
      httpRoutes,
      isDraining: () => readiness.draining,
    });
    adapters.push(adapter);
    probes.push({
      name: adapter.name,
      check: () => {
        if (adapter.connected && !adapter.connected()) throw new Error('not connected');
      },
    });
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

  // Socket Mode and the Discord worker have no HTTP server of their own: health gets one, before start-up.
  const servesHttp = adapters.some((a) => a.servesHttpRoutes);
  if (chat && !servesHttp) {
    health = await startHealth(config, httpRoutes, logger);
  } else if (servesHttp && config.slack && config.healthPort !== config.slack.port) {
    // Set, and silently unused, it would leave a probe pointed at it failing for ever.
    logger.warn(
      `HEALTH_PORT ${config.healthPort} is not used: Slack over HTTP serves /healthz, /readyz and /metrics on PORT ${config.slack.port}, beside /slack/events; point health checks there`,
    );
  }
  // Adapters connect (Slack's auth.test, Discord's login) while the detector is built: one turn of
  // the event loop puts their first requests on the wire, and their round trips overlap the build.
  const starting = Promise.all(
    adapters.map(async (adapter) => {
      await adapter.start();
      logger.info('adapter started', { adapter: adapter.name });
    }),
  );
  starting.catch(() => undefined); // awaited below, after the build
  await new Promise((resolve) => setImmediate(resolve));
  // Build the detector now, so the first message after a start is answered as fast as any other.
  core.warmUp();
  metrics.warmUp();
  // Unmeasured (the backend, not the instrumented store): warm-up reads stay out of `/metrics`.
  void warmUpStore(backend);
  readiness.markWorking();
  await starting;
  readiness.markStarted();
}

/**
 * Runs a check that may stop start-up before the logger exists, adding the configuration's
 * warnings to its message: `the slack adapter needs SLACK_BOT_TOKEN` is explained by
 * `SLACK_BOT_TOKN is not a variable sockerr reads`, which would otherwise never be said.
 */
function withWarnings<T>(config: Config, check: () => T): T {
  try {
    return check();
  } catch (error) {
    if (error instanceof ConfigError && config.warnings.length > 0)
      throw new ConfigError(error.problems, [...error.notes, ...config.warnings]);
    throw error;
  }
}
