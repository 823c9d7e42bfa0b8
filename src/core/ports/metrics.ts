/**
 * What core reports about its own work. Core has no clock and imports no metrics library:
 * infra (`src/infra/metrics/`) times the call and counts it.
 */
export interface CoreMetrics {
  /** Runs one detection pass and records how long it took. */
  timeDetection<T>(detect: () => T): T;
}
