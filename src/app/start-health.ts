import { type Config, ConfigError } from '../config/index.js';
import type { Logger } from '../core/index.js';
import { type HealthServer, type HttpRoutes, startHealthServer } from '../infra/http/index.js';

/**
 * The stand-alone health server on HEALTH_PORT and HOST; a port in use or a HOST that is not this
 * machine's stops start-up with a message naming the variable.
 */
export async function startHealth(config: Config, routes: HttpRoutes, logger: Logger): Promise<HealthServer> {
  const port = config.healthPort;
  try {
    const server = await startHealthServer({
      port,
      ...(config.host ? { host: config.host } : {}),
      routes,
      keepAliveMs: config.keepAliveMs,
    });
    logger.info('health and metrics served', {
      port: server.port,
      paths: ['/healthz', '/readyz', '/metrics'],
    });
    return server;
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (config.host && (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND' || code === 'EAI_AGAIN')) {
      throw new ConfigError([
        `HOST ${JSON.stringify(config.host)} is not an address of this machine: fix HOST or leave it empty`,
      ]);
    }
    throw new ConfigError([
      code === 'EADDRINUSE'
        ? `HEALTH_PORT ${port} is already in use (for /healthz, /readyz and /metrics): set HEALTH_PORT to a free port`
        : `Cannot listen for health checks on port ${port} (${String(code ?? error)}): check HEALTH_PORT${config.host ? ' and HOST' : ''}`,
    ]);
  }
}
