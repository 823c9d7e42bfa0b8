import { type Config, ConfigError } from '../config/index.js';
import type { Logger } from '../core/index.js';
import { type HealthServer, type HttpRoutes, startHealthServer } from '../infra/http/index.js';

/** The stand-alone health server on HEALTH_PORT; a port in use stops start-up with a message naming it. */
export async function startHealth(config: Config, routes: HttpRoutes, logger: Logger): Promise<HealthServer> {
  const port = config.healthPort;
  try {
    const server = await startHealthServer({
      port,
      ...(config.slack?.host ? { host: config.slack.host } : {}),
      routes,
    });
    logger.info('health and metrics served', {
      port: server.port,
      paths: ['/healthz', '/readyz', '/metrics'],
    });
    return server;
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    throw new ConfigError([
      code === 'EADDRINUSE'
        ? `HEALTH_PORT ${port} is already in use (for /healthz, /readyz and /metrics): set HEALTH_PORT to a free port`
        : `Cannot listen for health checks on port ${port} (${String(code ?? error)}): check HEALTH_PORT`,
    ]);
  }
}
