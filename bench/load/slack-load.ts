import { Pool } from 'undici';
import { type FakeSlack, startFakeSlack } from '../../test/fakes/slack/fake-slack.js';
import { signSlackRequest } from '../../test/fakes/slack/slack-requests.js';
import eventFixture from '../../test/fixtures/slack/event-message.json' with { type: 'json' };
import commandFixture from '../../test/fixtures/slack/slash-command.json' with { type: 'json' };
import { BENCH_SIGNING_SECRET, BENCH_SLACK_TOKEN } from './protocol.js';
import { type Arrival, createWaiters, observeRecords } from './waiters.js';

/** Longest wait for one reply before it counts as failed. */
const REPLY_TIMEOUT_MS = 10_000;
/** Auto-replies go to a few channels in turn, as in a workspace with several busy channels. */
const CHANNELS = ['C0BENCH01', 'C0BENCH02', 'C0BENCH03', 'C0BENCH04', 'C0BENCH05'];

/** Slack's side of the bench: the fake Web API (from test/fakes) and signed requests to an app. */
export interface SlackLoad {
  readonly apiUrl: string;
  /** One lane's sender of `/sockerr 10053` to `origin`; resolves with the answer. */
  command(pool: Pool, expect: string, t0: { at: number }): Promise<Arrival>;
  /**
   * One `message` event with a pasted trace; resolves with the `chat.postMessage` it got. From the
   * fixture's user, or with `newAuthor` from a user not seen before.
   */
  event(pool: Pool, t0: { at: number }, newAuthor?: boolean): Promise<Arrival>;
  pool(origin: string, connections: number): Pool;
  close(): Promise<void>;
}

export async function startSlackLoad(): Promise<SlackLoad> {
  const fake: FakeSlack = await startFakeSlack({ botToken: BENCH_SLACK_TOKEN });
  const waiters = createWaiters();
  // A command is answered when the reply text reaches the user: in the ack's body, or in a POST to
  // its response_url, whichever comes first (sockerr acks empty today and answers with respond()).
  observeRecords(fake.responses, (r) => waiters.arrive(r.id, 'response_url', r.body));
  // An auto-reply is done when chat.postMessage reaches Slack in the thread of the pasted message.
  observeRecords(fake.calls, (call) => {
    if (call.method === 'chat.postMessage' && call.response.ok === true) {
      waiters.arrive(String(call.params.thread_ts), 'chat.postMessage', call.params);
    }
  });
  let sequence = 0;

  const post = async (pool: Pool, contentType: string, raw: string) => {
    const timestamp = Math.floor(Date.now() / 1000);
    const response = await pool.request({
      path: '/slack/events',
      method: 'POST',
      headers: {
        'content-type': contentType,
        'x-slack-request-timestamp': String(timestamp),
        'x-slack-signature': signSlackRequest(BENCH_SIGNING_SECRET, timestamp, raw),
        'user-agent': 'Slackbot 1.0 (+https://api.slack.com/robots)',
      },
      body: raw,
    });
    const text = await response.body.text();
    if (response.statusCode !== 200) throw new Error(`/slack/events answered ${response.statusCode}`);
    return text;
  };

  return {
    apiUrl: fake.apiUrl,
    async command(pool, expect, t0) {
      sequence += 1;
      const id = `cmd${sequence}`;
      const raw = new URLSearchParams({
        ...commandFixture,
        text: '10053',
        response_url: fake.responseUrl(id),
        trigger_id: `${sequence}.bench.${id}`,
      }).toString();
      // An ack was already checked for the text below; a response_url body is checked here.
      const shows = (a: Arrival) => a.via === 'ack' || JSON.stringify(a.value).includes(expect);
      const answered = waiters.expect(id, REPLY_TIMEOUT_MS, shows);
      t0.at = performance.now();
      try {
        const body = await post(pool, 'application/x-www-form-urlencoded', raw);
        if (body.includes(expect)) waiters.arrive(id, 'ack', readAck(body));
      } catch (error) {
        waiters.cancel(id);
        throw error;
      }
      return answered;
    },
    async event(pool, t0, newAuthor = false) {
      sequence += 1;
      const ts = `${1_700_000_000 + Math.floor(sequence / 1e6)}.${String(sequence % 1e6).padStart(6, '0')}`;
      const envelope = {
        ...eventFixture,
        event_id: `Ev0BENCH${sequence}`,
        event_time: Math.floor(Date.now() / 1000),
        event: {
          ...eventFixture.event,
          ts,
          event_ts: ts,
          channel: CHANNELS[sequence % CHANNELS.length],
          client_msg_id: `bench-${sequence}`,
          ...(newAuthor ? { user: `U0BENCH${sequence}` } : {}),
        },
      };
      const answered = waiters.expect(ts, REPLY_TIMEOUT_MS);
      t0.at = performance.now();
      try {
        await post(pool, 'application/json', JSON.stringify(envelope));
      } catch (error) {
        waiters.cancel(ts);
        throw error;
      }
      return answered;
    },
    pool: (origin, connections) => new Pool(origin, { connections, pipelining: 1 }),
    close: () => fake.close(),
  };
}

/** Bolt answers `ack(object)` with JSON and `ack(string)` with the bare text. */
function readAck(body: string): Record<string, unknown> {
  try {
    return JSON.parse(body) as Record<string, unknown>;
  } catch {
    return { text: body };
  }
}
