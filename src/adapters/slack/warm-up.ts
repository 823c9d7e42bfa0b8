import type { webApi } from '@slack/bolt';
import * as v from 'valibot';
import type { Reply } from '../../core/index.js';
import type { SlackCaller } from './calls.js';
import { checkPayload } from './check-payload.js';
import { checkSlackEnvelope } from './envelope.js';
import { toMessageInput } from './inputs.js';
import { withSlackExtras } from './message-extras.js';
import { renderSlackReply } from './render.js';
import { commandSchema, envelopeSchema, messageEventSchema } from './schemas.js';
import { hasValidSlackSignature } from './signature.js';

/** A reply with every part a Slack rendering has: sections, items, fields, a footer and buttons. */
const SAMPLE_REPLY: Reply = {
  kind: 'triage',
  locale: 'en',
  title: 'Warm-up',
  subtitle: 'A reply that is never sent',
  sections: [
    { heading: 'Heading', text: 'A line with `code`, <angle brackets> & an ampersand.' },
    { items: ['one', 'two'], fields: [{ label: 'Label', value: 'value', inline: true }] },
  ],
  footer: 'Footer',
  actions: [
    { id: 'more', label: 'More', value: 'en:warm-up' },
    { id: 'helpful', label: 'Helpful', value: 'warm-up' },
  ],
  fallback: 'Warm-up',
};

/** Who the warm-up's message is from and to: ids no workspace has. */
const SELF = { botUserId: 'U0WARMBOT', botId: 'B0WARM' };

/**
 * Runs once, at start, what the first request would otherwise pay for: the signature check (the
 * first HMAC sets up the hash), the payload checks (each schema's code runs cold the first time), the
 * reading of a message into core's input, the rendering of a reply as Block Kit, and sockerr's own
 * Web API client (its first call sets up its queue and connection; one `api.test`, which asks
 * nothing of Slack) and the caller every handler's call goes through (a call that does nothing).
 * Pure but for `api.test`. Never fails: Bolt's `auth.test` reports a bad token.
 */
export async function warmUpSlack(
  web: webApi.WebClient,
  options: { signingSecret?: string | undefined; calls?: SlackCaller } = {},
): Promise<void> {
  const { signingSecret, calls } = options;
  // Every part the message schema reads (blocks, attachments, fields, a thread, an edit): each
  // nested schema's first run would otherwise be the first real paste's.
  const message = {
    type: 'message',
    channel: 'C0WARM',
    ts: '1.000100',
    thread_ts: '1.000000',
    channel_type: 'channel',
    user: 'U0WARM',
    team: 'T0WARM',
    // What a pasted trace brings: escaped brackets, a link, a mention of the bot.
    text: 'warm-up <@U0WARMBOT> File "x.py", line 1, in &lt;module&gt; <https://example.com|link>',
    blocks: [
      {
        type: 'rich_text',
        elements: [
          { type: 'rich_text_section', elements: [{ type: 'text', text: 'x' }] },
          { type: 'rich_text_preformatted', elements: [{ type: 'text', text: 'x' }] },
        ],
      },
      { type: 'section', text: { text: 'x' }, fields: [{ text: 'x' }] },
    ],
    attachments: [{ text: 'x', fields: [{ title: 'x', value: 'x' }] }],
  };
  const event = { ...message, subtype: 'message_changed', message };
  // The Events API envelope with every field Slack sends around an event.
  const body = JSON.stringify({
    token: 'warm-up',
    team_id: 'T0WARM',
    context_team_id: 'T0WARM',
    context_enterprise_id: null,
    api_app_id: 'A0WARM',
    event,
    type: 'event_callback',
    event_id: 'Ev0WARM',
    event_time: 1,
    authorizations: [
      {
        enterprise_id: null,
        team_id: 'T0WARM',
        user_id: 'U0WARMBOT',
        is_bot: true,
        is_enterprise_install: false,
      },
    ],
    is_ext_shared_channel: false,
    event_context: 'warm-up',
  });
  if (signingSecret) {
    const timestampSec = Math.floor(Date.now() / 1000);
    const request = { timestampSec, signature: `v0=${'0'.repeat(64)}`, body: Buffer.from(body) };
    hasValidSlackSignature(signingSecret, request, Date.now());
  }
  checkSlackEnvelope('application/json', body);
  checkSlackEnvelope(
    'application/x-www-form-urlencoded',
    new URLSearchParams({
      command: '/sockerr',
      text: 'x',
      user_id: 'U0WARM',
      channel_id: 'C0WARM',
    }).toString(),
  );
  const parsed = checkPayload(messageEventSchema, message);
  checkPayload(messageEventSchema, event);
  const envelope = v.parse(envelopeSchema, JSON.parse(body));
  if (parsed.success) {
    const input = toMessageInput(parsed.data, envelope, SELF, async () => undefined);
    withSlackExtras(input, parsed.data, SELF, undefined);
  }
  checkPayload(commandSchema, { text: 'x', user_id: 'U0WARM', channel_id: 'C0WARM', trigger_id: '1.2.3' });
  renderSlackReply(SAMPLE_REPLY);
  await calls?.call('warm-up', async () => undefined);
  await web.api.test().catch(() => undefined);
}
