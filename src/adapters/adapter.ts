import type { Config } from '../config/index.js';
import type { Core, Logger } from '../core/index.js';
import type { HttpRoutes } from '../infra/http/index.js';
import type { Metrics } from '../infra/metrics/index.js';

/** What a stop left undone: replies still in flight when the drain time ran out, or given up on. */
export interface StopReport {
  unfinished: number;
}

/** A chat platform connection. Adapters carry and render; core decides. */
export interface Adapter {
  readonly name: string;
  /** Connects and starts listening; resolves when ready to receive. */
  start(): Promise<void>;
  /**
   * Stops taking new work, lets work in flight finish within its drain time, and closes
   * connections; safe to call twice.
   */
  // biome-ignore lint/suspicious/noConfusingVoidType: an adapter that never drops work returns nothing.
  stop(): Promise<StopReport | void>;
  /** Whether the platform connection is up now, for `/readyz`; absent: up once started. */
  connected?(): boolean;
  /** True when the adapter serves {@link AdapterDeps.httpRoutes} on an HTTP server of its own (Slack over HTTP). */
  readonly servesHttpRoutes?: boolean;
}

/** What every adapter factory receives. Platform collaborators (base URLs, fetch, streams) come in options. */
export interface AdapterDeps {
  core: Core;
  config: Config;
  logger: Logger;
  /**
   * Called when the adapter lost its platform connection for good (a revoked token, a closed
   * session the library will not resume). The process then exits non-zero so its supervisor
   * restarts it, rather than staying up and silent.
   */
  onFatal?: (error: Error) => void;
  /** Where events, decisions, replies and API failures are counted; a private registry when absent. */
  metrics?: Metrics;
  /** Health and metrics routes, for an adapter with its own HTTP server to serve beside its own. */
  httpRoutes?: HttpRoutes;
  /** True once a stop began: an adapter with its own HTTP server refuses new platform requests (503). */
  isDraining?: () => boolean;
}
