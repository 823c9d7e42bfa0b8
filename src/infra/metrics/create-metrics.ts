import { performance } from 'node:perf_hooks';
import { Counter, collectDefaultMetrics, Histogram, Registry } from 'prom-client';
import type { CoreMetrics } from '../../core/index.js';

/** A chat platform as metrics label it. */
type MetricsPlatform = 'slack' | 'discord';

/**
 * What sockerr counts, by meaning rather than by metric name, so adapters and the app say what
 * happened and `/metrics` (Prometheus text, prom-client) shows it.
 */
export interface Metrics extends CoreMetrics {
  /** An event, command or interaction arrived from the platform. */
  eventReceived(platform: MetricsPlatform, kind: string): void;
  /** Core's decision about a channel message (`reply`, `react`, or `ignore` with its reason). */
  decision(platform: MetricsPlatform, action: string, reason: string): void;
  /** A reply (or reaction) reached the platform. */
  replyPosted(platform: MetricsPlatform, kind: string): void;
  /** A platform API call gave up (after its retries) with this error. */
  apiFailure(platform: MetricsPlatform, method: string, error: string): void;
  /** A platform API call is tried again (`ratelimited`, `http_503`, `timeout`…). */
  apiRetry(platform: MetricsPlatform, method: string, reason: string): void;
  /** A request refused before any work (`future_timestamp`, `malformed`, `replay`, `draining`…). */
  requestRejected(platform: MetricsPlatform, reason: string): void;
  /** A connection event: `reconnect`, `resume`, `close` (with its code), `rate_limited_envelope`. */
  connectionEvent(platform: MetricsPlatform, event: string, code?: number | string): void;
  /** How long one store operation took, and whether it failed. */
  observeStore(operation: string, seconds: number, ok: boolean): void;
  /**
   * Counts and observes once on instruments of its own, in no registry (`/metrics` shows none of
   * it): prom-client's code for a labelled count, a labelled and a plain observation is compiled
   * at start, not by the first event (1.4 ms of the first Slack reply's CPU, its first store
   * operation's latency).
   */
  warmUp(): void;
  /** The metrics in Prometheus' text format, for `GET /metrics`. */
  render(): Promise<{ contentType: string; body: string }>;
  /** The prom-client registry behind it (tests read values from it). */
  readonly registry: Registry;
}

export interface MetricsOptions {
  /** Process metrics (CPU, memory, event-loop lag, GC): on in production, off where many registries coexist. */
  processMetrics?: boolean;
}

/** Labels come from platform error strings: keep them short and tame so cardinality stays bounded. */
function tame(value: string | number | undefined): string {
  return (
    String(value ?? '')
      .replace(/[^A-Za-z0-9_.:-]/g, '_')
      .slice(0, 48) || 'unknown'
  );
}

/** Detection runs in well under a millisecond on a chat message and up to seconds on a huge log. */
const DETECTION_BUCKETS = [0.0001, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1, 2.5];
const STORE_BUCKETS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5];

/** How often the event loop's lag is sampled for `/metrics`. */
const EVENT_LOOP_SAMPLE_MS = 100;

/** sockerr's metrics on their own prom-client registry. */
export function createMetrics(options: MetricsOptions = {}): Metrics {
  const registry = new Registry();
  // The event-loop lag is sampled every 100 ms, not prom-client's default 10 ms: 100 wake-ups a
  // second cost an idle bot more CPU than anything it does; fewer samples of the same lag.
  if (options.processMetrics)
    collectDefaultMetrics({ register: registry, eventLoopMonitoringPrecision: EVENT_LOOP_SAMPLE_MS });
  const counter = (name: string, help: string, labelNames: string[]) =>
    new Counter({ name, help, labelNames, registers: [registry] });
  const events = counter('sockerr_events_received_total', 'Events, commands and interactions received', [
    'platform',
    'kind',
  ]);
  const decisions = counter('sockerr_decisions_total', "Core's auto-reply decisions by reason", [
    'platform',
    'action',
    'reason',
  ]);
  const posted = counter('sockerr_replies_posted_total', 'Replies and reactions posted', [
    'platform',
    'kind',
  ]);
  const failures = counter(
    'sockerr_platform_api_failures_total',
    'Platform API calls that gave up, by method and error',
    ['platform', 'method', 'error'],
  );
  const retries = counter('sockerr_platform_api_retries_total', 'Platform API calls tried again', [
    'platform',
    'method',
    'reason',
  ]);
  const rejected = counter('sockerr_requests_rejected_total', 'Requests refused before any work', [
    'platform',
    'reason',
  ]);
  const connection = counter('sockerr_connection_events_total', 'Reconnects, resumes and closes', [
    'platform',
    'event',
    'code',
  ]);
  const detection = new Histogram({
    name: 'sockerr_detection_seconds',
    help: 'Time to detect socket errors in one text',
    buckets: DETECTION_BUCKETS,
    registers: [registry],
  });
  const store = new Histogram({
    name: 'sockerr_store_operation_seconds',
    help: 'Latency of store operations',
    labelNames: ['operation', 'outcome'],
    buckets: STORE_BUCKETS,
    registers: [registry],
  });

  return {
    registry,
    eventReceived: (platform, kind) => events.inc({ platform, kind: tame(kind) }),
    decision: (platform, action, reason) =>
      decisions.inc({ platform, action: tame(action), reason: tame(reason) }),
    replyPosted: (platform, kind) => posted.inc({ platform, kind: tame(kind) }),
    apiFailure: (platform, method, error) =>
      failures.inc({ platform, method: tame(method), error: tame(error) }),
    apiRetry: (platform, method, reason) =>
      retries.inc({ platform, method: tame(method), reason: tame(reason) }),
    requestRejected: (platform, reason) => rejected.inc({ platform, reason: tame(reason) }),
    connectionEvent: (platform, event, code) =>
      connection.inc({ platform, event: tame(event), code: code === undefined ? '' : tame(code) }),
    observeStore: (operation, seconds, ok) =>
      store.observe({ operation, outcome: ok ? 'ok' : 'error' }, seconds),
    timeDetection(detect) {
      const started = performance.now();
      try {
        return detect();
      } finally {
        detection.observe((performance.now() - started) / 1000);
      }
    },
    warmUp() {
      const unregistered = { help: 'warm-up, never shown', registers: [] };
      new Counter({ name: 'sockerr_warm_up_total', labelNames: ['platform', 'kind'], ...unregistered }).inc({
        platform: 'slack',
        kind: 'warm-up',
      });
      const labelled = { name: 'sockerr_warm_up_seconds', labelNames: ['operation', 'outcome'] };
      new Histogram({ ...labelled, buckets: STORE_BUCKETS, ...unregistered }).observe(
        { operation: 'warm-up', outcome: 'ok' },
        0.001,
      );
      new Histogram({
        name: 'sockerr_warm_up_plain_seconds',
        buckets: DETECTION_BUCKETS,
        ...unregistered,
      }).observe(0.001);
    },
    async render() {
      return { contentType: registry.contentType, body: await registry.metrics() };
    },
  };
}
