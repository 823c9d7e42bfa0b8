import type { Adapter } from '../../../src/adapters/adapter.js';
import type { SlackAdapterOptions } from '../../../src/adapters/slack/entry.js';
import type { Logger } from '../../../src/core/index.js';
import type { Core } from '../../../src/core/types.js';
import type { Metrics } from '../../../src/infra/metrics/index.js';
import type {
  FakeSlack,
  FakeSlackOptions,
  RecordedCall,
  ResponsePost,
} from '../../fakes/slack/fake-slack.js';
import type { SendOptions, SlackRequestBody } from '../../fakes/slack/slack-requests.js';

export interface SlackHarnessOptions {
  mode: 'http' | 'socket';
  core: Core;
  /** `users.info` locales by user id. */
  locales?: Record<string, string>;
  adapter?: SlackAdapterOptions;
  /** PORT for HTTP mode; a free one by default. */
  port?: number;
  /** More of the fake's workspace: admins, owners, user groups. */
  fake?: Pick<FakeSlackOptions, 'admins' | 'owners' | 'usergroups' | 'bots'>;
  /** More environment (SOCKERR_SETTINGS_USERS…). */
  env?: Record<string, string>;
  /** Told when the adapter gives up on its platform for good, as src/app/start.ts is. */
  onFatal?: (error: Error) => void;
}

/** A message the person who asked was shown: in the ack itself, or posted to the `response_url`. */
interface Answer {
  via: 'ack' | 'response_url';
  body: Record<string, unknown>;
}

/** What one request to the app produced. */
export interface Delivery {
  /** HTTP status of Slack's request (200 for Socket Mode acks). */
  status: number;
  /** Web API calls made while handling it. */
  calls: RecordedCall[];
  /** `response_url` posts made while handling it. */
  responses: ResponsePost[];
  /** Every answer to the asker, in order: the ack's message (when it carried one), then `response_url` posts. */
  answers: Answer[];
  /** Milliseconds from sending the request to Slack's receiving the ack (the HTTP response, or the envelope ack). */
  ackMs: number;
}

export interface DeliverOptions extends Partial<SendOptions> {
  /** False for requests the app must reject: do not wait for handling. */
  settles?: boolean;
}

/** The real adapter, with a real core, against a fake Slack on 127.0.0.1. */
export interface SlackHarness {
  readonly fake: FakeSlack;
  readonly logger: Logger & { lines: string[] };
  readonly port: number;
  readonly adapter: Adapter;
  /** What the adapter counted (`/metrics` reads the same registry). */
  readonly metrics: Metrics;
  /** Requests the app has finished handling so far. */
  settledCount(): number;
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Sends one request as Slack would (signed HTTP POST, or a Socket Mode envelope) and waits until it is handled. */
  deliver(
    kind: 'event' | 'command' | 'interaction',
    payload: unknown,
    options?: DeliverOptions,
  ): Promise<Delivery>;
  /** Sends a raw HTTP body to `/slack/events` (HTTP mode only). */
  post(body: SlackRequestBody, options?: DeliverOptions): Promise<Delivery>;
}
