import type { Config } from '../config/index.js';
import type { Core, Logger } from '../core/index.js';

/** A chat platform connection. Adapters carry and render; core decides. */
export interface Adapter {
  readonly name: string;
  /** Connects and starts listening; resolves when ready to receive. */
  start(): Promise<void>;
  /** Stops listening and closes connections; safe to call twice. */
  stop(): Promise<void>;
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
}
