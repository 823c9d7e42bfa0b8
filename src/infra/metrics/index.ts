/** Prometheus metrics (prom-client) for `/metrics`, and the store decorator that times every operation. */
export { createMetrics, type Metrics } from './create-metrics.js';
export { instrumentStore } from './instrument-store.js';
