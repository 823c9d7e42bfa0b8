/**
 * What the bench's orchestrator asks of its load process, and what it answers. The load process
 * plays the platforms: it runs the Slack and Discord fakes from `test/fakes/` and generates the
 * load, so it sees both ends of every exchange (the request it sent, the reply that reached the
 * fake) without a third process in between.
 */

/** The signing secret both Slack apps (sockerr and the bare Bolt app) are started with. */
export const BENCH_SIGNING_SECRET = '5be1c4b0a9d8e7f6a5b4c3d2e1f00f1e';
/** The bot token the fake Slack accepts. */
export const BENCH_SLACK_TOKEN = 'xoxb-bench-bot-token';

type Json = Record<string, unknown>;

type LoadKind = 'command' | 'event' | 'discord';

export interface LoadSpec {
  kind: LoadKind;
  /** Slack: the app's origin (`http://127.0.0.1:PORT`); Discord: the name of the fake it is connected to. */
  target: string;
  /** Requests (or events) in flight at once, each sent when the one before it on its lane is done. */
  concurrency: number;
  durationMs?: number;
  count?: number;
  /** An open loop at this rate instead of a closed loop (at most `concurrency` waiting). */
  ratePerSecond?: number;
  /** For commands: what the reply must contain to count (the catalog name of the error asked for). */
  expect?: string;
  /**
   * For Slack events: each from a user not seen before (so the app looks up each author's locale),
   * rather than all from the fixture's one user.
   */
  newAuthors?: boolean;
}

export type LoadRequest =
  | { op: 'slack-fake' }
  | { op: 'discord-fake'; name: string }
  | { op: 'probe'; kind: LoadKind; target: string; expect?: string; timeoutMs: number }
  | ({ op: 'load' } & LoadSpec);

export interface SlackFakeInfo {
  apiUrl: string;
}

export interface DiscordFakeInfo {
  apiUrl: string;
  token: string;
  applicationId: string;
}

/** One reply as it reached the user: how (`ack` body, `response_url`, Web/REST API call) and its body. */
export interface ProbeResult {
  via: string;
  reply: Json;
}

export interface LoadResult {
  completed: number;
  failed: number;
  elapsedMs: number;
  /** Completed per second of the phase. */
  perSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** Every latency, when there are few (first reply after a start, later ones). */
  latenciesMs?: number[];
  firstError?: string;
  /** CPU time the app under test used during the phase (read by the orchestrator from /proc). */
  cpuMs?: number;
  /** CPU time the load process itself used during the phase: near `elapsedMs`, it was the bottleneck. */
  loadCpuMs?: number;
}

export type LoadMessage = { id: number } & ({ ok: true; result: unknown } | { ok: false; error: string });
