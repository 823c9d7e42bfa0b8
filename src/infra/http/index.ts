/** HTTP for operators: `/healthz`, `/readyz` and `/metrics`, on Slack's server or a server of their own. */
export { createHealthRoutes, type HttpRoutes } from './health-routes.js';
export { type HealthServer, startHealthServer } from './health-server.js';
export { keepIdleConnections } from './keep-alive.js';
export { createReadiness, type ReadinessProbe } from './readiness.js';
