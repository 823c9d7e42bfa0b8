import type { BenchOptions } from '../lib/options.js';
import type { LoadClient } from '../load/client.js';

/** What every group of rows gets from the orchestrator. */
export interface BenchContext {
  options: BenchOptions;
  load: LoadClient;
  /** A scratch directory for this run (stores, replies, the generated log); removed at the end. */
  work: string;
  /** One line of progress, on stderr. */
  progress(line: string): void;
}
