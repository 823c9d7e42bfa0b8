import type { webApi } from '@slack/bolt';
import type { Core, Logger } from '../../core/index.js';
import type { Metrics } from '../../infra/metrics/index.js';
import type { SlackCaller } from './calls.js';
import type { UserDirectory } from './user-directory.js';

/** What every Slack handler works with. */
export interface SlackListenerDeps {
  core: Core;
  calls: SlackCaller;
  /** sockerr's own Web API client: a timeout per call, and retries left to `calls`. */
  web: webApi.WebClient;
  users: UserDirectory;
  logger: Logger;
  metrics: Metrics;
  /** How long a slash command's ack waits for its answer before it is sent empty (Slack allows 3 s). */
  ackWaitMs: number;
}
