import { describe, expect, it } from 'vitest';
import { type SlackMessageEvent, toMessageInput } from '../../../src/adapters/slack/inputs.js';
import appBot from '../../fixtures/slack/event-app-bot-message.json' with { type: 'json' };
import botMessage from '../../fixtures/slack/event-bot-message.json' with { type: 'json' };
import message from '../../fixtures/slack/event-message.json' with { type: 'json' };
import changed from '../../fixtures/slack/event-message-changed.json' with { type: 'json' };

const self = { botUserId: 'U0SOCKERR', botId: 'B0SOCKERR' };
const input = (envelope: { event: unknown; event_id: string; team_id: string }) =>
  toMessageInput(envelope.event as SlackMessageEvent, envelope, self);

describe('toMessageInput', () => {
  it('carries a person’s message with its event id, workspace, channel and decoded text', () => {
    expect(input(message)).toEqual({
      eventId: 'Ev0TRACE0001',
      channel: { platform: 'slack', workspaceId: 'T0FAKE', channelId: 'C0ONCALL' },
      author: { id: 'U0ALICE', isBot: false, isSelf: false },
      text: expect.stringContaining('in <module>\nConnectionResetError'),
    });
  });

  it('marks a bot_message as from a bot', () => {
    expect(input(botMessage)).toMatchObject({
      author: { id: 'B0ALERTS', isBot: true, isSelf: false },
      subtype: 'bot_message',
    });
  });

  it('marks an app’s bot user, which has no subtype, as from a bot', () => {
    const result = input(appBot);
    expect(result.author).toEqual({ id: 'U0DEPLOYBOT', isBot: true, isSelf: false });
    expect(result.subtype).toBeUndefined();
  });

  it('marks Slackbot’s posts (a reminder in a channel) as from a bot', () => {
    const reminder = {
      ...message.event,
      user: 'USLACKBOT',
      text: 'Reminder: look at the ECONNRESET alerts.',
    };
    delete (reminder as { blocks?: unknown }).blocks;
    expect(toMessageInput(reminder as SlackMessageEvent, message, self).author).toEqual({
      id: 'USLACKBOT',
      isBot: true,
      isSelf: false,
    });
  });

  it('recognises its own messages by bot user id and by bot id', () => {
    const own = { ...appBot.event, user: 'U0SOCKERR', bot_id: 'B0SOCKERR' };
    expect(toMessageInput(own as SlackMessageEvent, appBot, self).author.isSelf).toBe(true);
    const byBotId = { ...botMessage.event, bot_id: 'B0SOCKERR' };
    expect(toMessageInput(byBotId as SlackMessageEvent, botMessage, self).author.isSelf).toBe(true);
  });

  it('passes an edit on with its subtype and the edited text', () => {
    expect(input(changed)).toMatchObject({
      subtype: 'message_changed',
      author: { id: 'U0ALICE', isBot: false },
      text: 'edit: it is actually connect ECONNREFUSED 127.0.0.1:5432',
    });
  });

  it('passes message_replied on as such, though the Events API sends it without its subtype', () => {
    const replied = {
      type: 'message',
      hidden: true,
      channel: 'C0ONCALL',
      ts: '1483037604.017506',
      message: { type: 'message', user: 'U0ALICE', text: 'read ECONNRESET', ts: '1482960137.003543' },
    };
    expect(toMessageInput(replied as SlackMessageEvent, message, self).subtype).toBe('message_replied');
    const hidden = { type: 'message', hidden: true, channel: 'C0ONCALL', ts: '1483037605.000100', text: 'x' };
    expect(toMessageInput(hidden as SlackMessageEvent, message, self).subtype).toBe('hidden');
  });

  it('carries a /me message as the person’s own new message', () => {
    const me = { ...message.event, subtype: 'me_message', text: 'is seeing read ECONNRESET on the db' };
    const result = toMessageInput(me as SlackMessageEvent, message, self);
    expect(result.subtype).toBeUndefined();
    expect(result.author).toEqual({ id: 'U0ALICE', isBot: false, isSelf: false });
  });

  it('passes the user’s locale when it is known', () => {
    expect(toMessageInput(message.event as SlackMessageEvent, message, self, 'zh-TW').locale).toBe('zh-TW');
  });
});
