import type { webApi } from '@slack/bolt';
import type { Core, Logger } from '../../core/index.js';
import type { Metrics } from '../../infra/metrics/index.js';
import type { SlackCaller } from './calls.js';
import type { SlackFileReader } from './files.js';
import type { UserDirectory } from './user-directory.js';

/** What every Slack handler works with. */
export interface SlackListenerDeps {
  core: Core;
  calls: SlackCaller;
  /** sockerr's own Web API client: a timeout per call, and retries left to `calls`. */
  web: webApi.WebClient;
  users: UserDirectory;
  /** Reads snippets and text files (`files:read`); absent, messages are read for their text only. */
  files?: SlackFileReader;
  /** How long a `file_shared` event waits for its `message` event to be answered first (default 1 s). */
  fileSharedGraceMs?: number;
  logger: Logger;
  metrics: Metrics;
  /** How long a slash command's ack waits for its answer before it is sent empty (Slack allows 3 s). */
  ackWaitMs: number;
}
