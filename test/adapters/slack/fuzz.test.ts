import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  commandBody,
  eventBody,
  interactionBody,
  type SlackRequestBody,
} from '../../fakes/slack/slack-requests.js';
import { testCore } from '../../helpers/core.js';
import { createSlackHarness, type SlackHarness } from './harness.js';
import { messageEvent, shareButton, slashCommand } from './payloads.js';

/**
 * Correctly signed but malformed payloads, generated: whatever their shape, each gets an answer
 * (200, a 4xx, or Bolt's 404 for what nobody listens to) quickly, never a 500, never an unhandled
 * rejection, and the adapter keeps serving. CI replays a fixed seed (test/setup-fast-check.ts).
 */
const ALLOWED = new Set([200, 400, 404, 413]);
const json = fc.jsonValue({ maxDepth: 3 });
/** A field that is usually of the right type and sometimes anything at all. */
const maybe = <T>(good: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 3, arbitrary: good }, { weight: 1, arbitrary: json });
const text = fc.string({ maxLength: 60 });

describe('Slack adapter fuzzed with malformed signed payloads', () => {
  let h: SlackHarness;
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown) => unhandled.push(reason);
  beforeAll(async () => {
    process.on('unhandledRejection', onUnhandled);
    h = await createSlackHarness({
      mode: 'http',
      core: testCore().core,
      adapter: { unhandledRequestTimeoutMs: 100, apiTimeoutMs: 300, callBudgetMs: 600 },
    });
    await h.start();
  });
  afterAll(async () => {
    process.off('unhandledRejection', onUnhandled);
    await h.stop();
  });

  const send = async (body: SlackRequestBody) => {
    const started = Date.now();
    const { status } = await h.post(body, { settles: false });
    expect(ALLOWED.has(status), `status ${status} for ${body.raw.slice(0, 300)}`).toBe(true);
    expect(Date.now() - started).toBeLessThan(3000);
  };

  it('answers every malformed Events API body', async () => {
    const base = messageEvent({ id: 'Ev-fuzz', typed: 'read ECONNRESET' });
    const event = fc.record(
      {
        type: maybe(fc.constantFrom('message', 'app_mention')),
        channel: maybe(fc.constantFrom('C0FUZZ', 'C0FUZZ2')),
        ts: maybe(fc.constant('1700000000.000100')),
        text: maybe(text),
        user: maybe(fc.constantFrom('U0ALICE', 'U0SOCKERR')),
        subtype: maybe(fc.constantFrom('bot_message', 'message_changed', 'file_share')),
        blocks: json,
        attachments: json,
        message: json,
        bot_profile: json,
      },
      { requiredKeys: [] },
    );
    const envelope = fc.oneof(
      json,
      fc.record(
        {
          type: maybe(fc.constantFrom('event_callback', 'url_verification', 'app_rate_limited')),
          event: fc.oneof(event, json),
          event_id: maybe(fc.uuid()),
          team_id: maybe(fc.constant('T0FAKE')),
          authorizations: json,
          challenge: json,
        },
        { requiredKeys: [] },
      ),
    );
    await fc.assert(
      fc.asyncProperty(envelope, async (value) =>
        send(
          eventBody(
            value !== null && typeof value === 'object' && !Array.isArray(value)
              ? { ...base, ...value }
              : value,
          ),
        ),
      ),
      { numRuns: 60 },
    );
    await fc.assert(
      fc.asyncProperty(json, async (value) => send(eventBody(value))),
      { numRuns: 30 },
    );
  }, 60_000);

  it('answers every malformed slash command', async () => {
    const command = fc.record(
      {
        command: fc.constantFrom('/sockerr', '/sockerr', '/other'),
        text,
        user_id: fc.constantFrom('U0ALICE', '', 'x'.repeat(300)),
        channel_id: fc.constantFrom('C0FUZZ', ''),
        team_id: text,
        trigger_id: fc.uuid(),
        response_url: fc.constantFrom('fake', 'not a url', 'http://127.0.0.1:9/x'),
      },
      { requiredKeys: ['command'] },
    );
    await fc.assert(
      fc.asyncProperty(command, async (fields) =>
        send(
          commandBody({
            ...fields,
            response_url:
              fields.response_url === undefined || fields.response_url === 'fake'
                ? h.fake.responseUrl('fuzz')
                : fields.response_url,
          }),
        ),
      ),
      { numRuns: 60 },
    );
    // A well-formed command still gets its answer afterwards.
    expect((await h.deliver('command', slashCommand(h.fake, '10054'))).answers).toHaveLength(1);
  }, 60_000);

  it('answers every malformed interaction payload', async () => {
    const button = shareButton(h.fake, { action_id: 'share', value: 'en:10054' });
    const payload = fc.record(
      {
        type: maybe(fc.constantFrom('block_actions', 'message_action', 'shortcut', 'view_submission')),
        callback_id: maybe(fc.constant('explain_socket_errors')),
        actions: maybe(
          fc.array(fc.record({ action_id: maybe(fc.constant('share')), value: maybe(text) }), {
            maxLength: 2,
          }),
        ),
        user: maybe(fc.record({ id: maybe(fc.constant('U0ALICE')) })),
        channel: maybe(fc.record({ id: maybe(fc.constant('C0FUZZ')) })),
        team: json,
        message: maybe(fc.record({ text: maybe(text), blocks: json, attachments: json })),
        trigger_id: fc.uuid(),
        view: json,
      },
      { requiredKeys: ['trigger_id'] },
    );
    await fc.assert(
      fc.asyncProperty(payload, async (p) => send(interactionBody({ ...button, ...p }))),
      { numRuns: 60 },
    );
  }, 60_000);

  it('never left a rejection unhandled, and still serves', async () => {
    expect(unhandled).toEqual([]);
    expect((await fetch(`http://127.0.0.1:${h.port}/healthz`)).status).toBe(200);
  });
});
