import type { FakeSlack } from '../../fakes/slack/fake-slack.js';
import shareFixture from '../../fixtures/slack/block-actions-share.json' with { type: 'json' };
import messageFixture from '../../fixtures/slack/event-message.json' with { type: 'json' };
import shortcutFixture from '../../fixtures/slack/message-shortcut.json' with { type: 'json' };
import commandFixture from '../../fixtures/slack/slash-command.json' with { type: 'json' };

/**
 * Text as Slack delivers what a person typed: `&`, `<`, `>` become entities, and a typed
 * `@channel`/`@here`/`@everyone` becomes Slack's `<!channel>` markup.
 */
function encodeLikeSlack(typed: string): string {
  return typed
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/(^|\s)@(channel|here|everyone)\b/g, '$1<!$2>');
}

let sequence = 0;
const next = () => (sequence += 1);
/** Slack gives every command and interaction its own trigger_id; a replay repeats it. */
const triggerId = (n: number) => `13345224609.738474920.${n.toString(16).padStart(21, '0')}`;

/** `/sockerr <typed>` from U0ALICE in #oncall; the response_url points at the fake. */
export function slashCommand(fake: FakeSlack, typed: string, overrides: Record<string, string> = {}) {
  const id = `cmd-${next()}`;
  // Slash commands arrive with &, < and > escaped, but without mention markup (should_escape: false).
  const text = typed.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return {
    ...commandFixture,
    text,
    response_url: fake.responseUrl(id),
    trigger_id: triggerId(sequence),
    ...overrides,
  };
}

export interface MessageOptions {
  id: string;
  typed: string;
  user?: string;
  /** Posted by another app's bot user (bot_id + bot_profile, no subtype). */
  fromBot?: boolean;
  channel?: string;
  threadTs?: string;
}

/** A `message` event envelope; the same `id` always gives the same event (a redelivery). */
export function messageEvent(options: MessageOptions) {
  const ts = tsFor(options.id);
  const event: Record<string, unknown> = {
    ...messageFixture.event,
    text: encodeLikeSlack(options.typed),
    user: options.user ?? 'U0ALICE',
    ts,
    event_ts: ts,
    channel: options.channel ?? 'C0ONCALL',
  };
  delete event.blocks;
  if (options.threadTs) event.thread_ts = options.threadTs;
  if (options.fromBot) {
    event.user = 'U0DEPLOYBOT';
    event.bot_id = 'B0DEPLOY';
    event.bot_profile = { id: 'B0DEPLOY', name: 'deploy-bot', app_id: 'A0DEPLOY', team_id: 'T0FAKE' };
  }
  return { ...messageFixture, event_id: options.id, event_time: 1700001000, event };
}

/** The "Explain socket errors" shortcut pressed by U0BOB on a message with `text` (Slack-encoded). */
export function messageShortcut(fake: FakeSlack, message: Record<string, unknown>, channel = 'C0ONCALL') {
  const id = `shortcut-${next()}`;
  return {
    ...shortcutFixture,
    channel: { id: channel, name: 'oncall' },
    response_url: fake.responseUrl(id),
    trigger_id: triggerId(sequence),
    message: { ...shortcutFixture.message, ...message },
  };
}

/**
 * The "Share in channel" button pressed on an ephemeral reply: each press on a reply of its own
 * (its own `container.message_ts`), as after each `/sockerr`; a second click on the same reply
 * passes that reply's container.
 */
export function shareButton(fake: FakeSlack, action: { action_id: string; value: string }) {
  const id = `share-${next()}`;
  const [first] = shareFixture.actions;
  const messageTs = `${1_700_000_600 + sequence}.000700`;
  return {
    ...shareFixture,
    container: { ...shareFixture.container, message_ts: messageTs },
    response_url: fake.responseUrl(id),
    trigger_id: triggerId(sequence),
    actions: [{ ...first, ...action }],
  };
}

const tsById = new Map<string, string>();
/** One message timestamp per event id, so a redelivered event is the same message. */
function tsFor(id: string): string {
  let ts = tsById.get(id);
  if (!ts) {
    ts = `${1_700_001_000 + tsById.size}.000100`;
    tsById.set(id, ts);
  }
  return ts;
}
