import type { ChannelRef, MessageInput, UserRef } from '../../core/index.js';

/** The terminal is one channel with one person in it. */
export const SHELL_CHANNEL: ChannelRef = { platform: 'shell', channelId: 'terminal' };

/** A message entering the shell channel. `fromBot` and `id` let tests play bots and replays. */
export interface ShellMessage {
  id?: string;
  text: string;
  fromBot?: boolean;
}

/** The person at the terminal: allowed to change the shell's settings, in the default language. */
export function shellUser(locale: string): UserRef {
  return { id: 'you', canManage: true, locale };
}

/** A shell message as core's auto-reply input; `fallbackId` numbers messages that carry no id. */
export function toMessageInput(message: ShellMessage, user: UserRef, fallbackId: string): MessageInput {
  const input: MessageInput = {
    eventId: message.id ?? fallbackId,
    channel: SHELL_CHANNEL,
    author: { id: message.fromBot ? 'bot' : user.id, isBot: message.fromBot ?? false, isSelf: false },
    text: message.text,
  };
  if (user.locale) input.locale = user.locale;
  return input;
}
