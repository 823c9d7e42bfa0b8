import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Readiness } from './readiness.js';

/** Handles a request if it is one of its routes (true), else leaves it alone (false). */
export type HttpRoutes = (req: IncomingMessage, res: ServerResponse) => boolean;

export interface HealthRoutesDeps {
  readiness: Readiness;
  /** Prometheus text for `GET /metrics`. */
  metrics: { render(): Promise<{ contentType: string; body: string }> };
  /** Logs a failure to answer (the route answers 500 then). */
  onError?: (error: unknown) => void;
}

/**
 * `GET /healthz` (the process can do its work: 200 once core and the detector are built and the
 * store is open, also while draining; 503 before), `GET /readyz` (200 when connected and the
 * store answers; 503 while starting, when something is down, and while draining) and
 * `GET /metrics` (Prometheus text). The same routes serve Slack's HTTP server and the
 * stand-alone health server of Socket Mode and the Discord worker.
 */
export function createHealthRoutes(deps: HealthRoutesDeps): HttpRoutes {
  const json = (res: ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
    res.end(JSON.stringify(body));
  };
  const routes: Record<string, (res: ServerResponse) => Promise<void>> = {
    '/healthz': async (res) => {
      const { working, draining } = deps.readiness;
      if (!working) json(res, 503, { ok: false, status: 'starting' });
      else json(res, 200, { ok: true, status: draining ? 'draining' : 'alive' });
    },
    '/readyz': async (res) => {
      const report = await deps.readiness.check();
      json(res, report.ready ? 200 : 503, report);
    },
    '/metrics': async (res) => {
      const { contentType, body } = await deps.metrics.render();
      res.writeHead(200, { 'content-type': contentType, 'cache-control': 'no-store' });
      res.end(body);
    },
  };
  return (req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    const route = routes[path];
    if (!route || (req.method !== 'GET' && req.method !== 'HEAD')) return false;
    route(res).catch((error: unknown) => {
      deps.onError?.(error);
      if (!res.headersSent) json(res, 500, { ok: false });
      else res.end();
    });
    return true;
  };
}
