import type { FakeSlack } from '../../fakes/slack/fake-slack.js';
import type { FakeFileInput } from '../../fakes/slack/fake-slack-workspace.js';
import feedbackFixture from '../../fixtures/slack/block-actions-feedback.json' with { type: 'json' };
import homeSelectFixture from '../../fixtures/slack/block-actions-home-select.json' with { type: 'json' };
import homeFixture from '../../fixtures/slack/event-app-home-opened.json' with { type: 'json' };
import mentionFixture from '../../fixtures/slack/event-app-mention.json' with { type: 'json' };
import fileShareFixture from '../../fixtures/slack/event-file-share.json' with { type: 'json' };
import fileSharedFixture from '../../fixtures/slack/event-file-shared.json' with { type: 'json' };

let sequence = 0;
const next = () => (sequence += 1);
const ts = (n: number) => `${1_700_100_000 + n}.000100`;
const trigger = (n: number) => `13345224609.738474920.${(0xfeed00 + n).toString(16).padStart(21, '0')}`;

export interface SharedFile extends Partial<FakeFileInput> {
  content: string | Uint8Array;
}

/**
 * A `file_share` message (the recorded shape in `event-file-share.json`) whose files the fake serves;
 * `partial` sends them as Slack does when the app must ask `files.info`.
 */
export function fileShareEvent(
  fake: FakeSlack,
  files: SharedFile[],
  options: { text?: string; channel?: string; user?: string; partial?: boolean; threadTs?: string } = {},
) {
  const n = next();
  const channel = options.channel ?? 'C0ONCALL';
  const user = options.user ?? 'U0ALICE';
  const messageTs = ts(n);
  const objects = files.map((file, i) => {
    const id = file.id ?? `F0FILE${n}X${i}`;
    const object = fake.workspace.addFile({
      name: 'Untitled',
      mimetype: 'text/plain',
      filetype: 'text',
      mode: 'snippet',
      user,
      channel,
      ts: messageTs,
      ...(options.threadTs ? { threadTs: options.threadTs } : {}),
      ...file,
      id,
    });
    return options.partial ? fake.workspace.partialFile(id) : object;
  });
  const event = {
    ...fileShareFixture.event,
    text: options.text ?? '',
    user,
    channel,
    ts: messageTs,
    event_ts: messageTs,
    files: objects,
    ...(options.threadTs ? { thread_ts: options.threadTs } : {}),
  };
  return { ...fileShareFixture, event_id: `EvFILE${n}`, event };
}

/** `file_shared` for a file of an earlier message (or one never announced by a message event). */
export function fileSharedEvent(fileId: string, channel = 'C0ONCALL', user = 'U0ALICE') {
  const n = next();
  const event = {
    ...fileSharedFixture.event,
    channel_id: channel,
    file_id: fileId,
    user_id: user,
    file: { id: fileId },
  };
  return { ...fileSharedFixture, event_id: `EvSHARED${n}`, event };
}

/** `app_mention` (and the `message` event Slack sends for the same message). */
export function mentionEvents(typed: string, channel: string, extra: { threadTs?: string } = {}) {
  const n = next();
  const messageTs = ts(n);
  const text = `<@U0SOCKERR> ${typed}`;
  const thread = extra.threadTs ? { thread_ts: extra.threadTs } : {};
  const mention = {
    ...mentionFixture,
    event_id: `EvMENTION${n}`,
    event: { ...mentionFixture.event, text, channel, ts: messageTs, event_ts: messageTs, ...thread },
  };
  const message = {
    ...mentionFixture,
    event_id: `EvMSG${n}`,
    event: {
      type: 'message',
      user: 'U0ALICE',
      text,
      channel,
      ts: messageTs,
      event_ts: messageTs,
      channel_type: 'channel',
      ...thread,
    },
  };
  return { mention, message };
}

/** A press on an auto-reply's feedback button by `user`. */
export function feedbackPress(
  reply: { channel: string; ts: string; threadTs: string },
  action: { action_id: string; value: string },
  user: string,
) {
  const [first] = feedbackFixture.actions;
  return {
    ...feedbackFixture,
    user: { ...feedbackFixture.user, id: user, username: user.toLowerCase(), name: user.toLowerCase() },
    trigger_id: trigger(next()),
    channel: { id: reply.channel, name: 'oncall' },
    container: {
      ...feedbackFixture.container,
      channel_id: reply.channel,
      message_ts: reply.ts,
      thread_ts: reply.threadTs,
    },
    message: { ...feedbackFixture.message, ts: reply.ts, thread_ts: reply.threadTs },
    // Slack stamps a press with the moment it happened.
    actions: [{ ...first, ...action, action_ts: (Date.now() / 1000).toFixed(6) }],
  };
}

/** The user opened sockerr's Home tab. */
export function homeOpened(user: string) {
  return { ...homeFixture, event_id: `EvHOME${next()}`, event: { ...homeFixture.event, user } };
}

/** A choice in one of App Home's settings menus. */
export function homeChoice(user: string, actionId: 'home_auto' | 'home_lang', value: string) {
  const [first] = homeSelectFixture.actions;
  return {
    ...homeSelectFixture,
    user: { ...homeSelectFixture.user, id: user },
    trigger_id: trigger(next()),
    actions: [{ ...first, action_id: actionId, selected_option: { ...first?.selected_option, value } }],
  };
}
