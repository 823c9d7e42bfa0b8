import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { HttpRoutes } from './health-routes.js';
import { keepIdleConnections } from './keep-alive.js';

export interface HealthServer {
  readonly port: number;
  /** Stops listening and ends open connections. */
  close(): Promise<void>;
}

/**
 * A small HTTP server for the health and metrics routes, for the modes that have no HTTP server
 * of their own (Slack Socket Mode, the Discord worker). Anything else is 404. Rejects with the
 * listen error (EADDRINUSE…) so the caller can name the variable to fix.
 */
export async function startHealthServer(options: {
  port: number;
  host?: string;
  routes: HttpRoutes;
  /** How long an idle connection stays open (HTTP_KEEP_ALIVE_SECONDS); Node's 5 s when unset. */
  keepAliveMs?: number;
}): Promise<HealthServer> {
  const server = createServer((req, res) => {
    if (!options.routes(req, res)) res.writeHead(404, { 'content-type': 'text/plain' }).end('not found\n');
  });
  // Health checks are short; a client that sends nothing must not hold a socket.
  server.requestTimeout = 10_000;
  server.headersTimeout = 10_000;
  if (options.keepAliveMs !== undefined) keepIdleConnections(server, options.keepAliveMs);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
