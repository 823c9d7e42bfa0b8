import type { ChannelRef, MessageInput, UserRef } from '../../src/core/types.js';

// The channel, user and paste the create-core tests share, and a message maker with fresh event ids.
export const channel: ChannelRef = { platform: 'slack', workspaceId: 'T1', channelId: 'C1' };
export const user: UserRef = { id: 'U1', canManage: true };
export const TRACE =
  'ConnectionResetError: [WinError 10054] An existing connection was forcibly closed by the remote host';

let eventSeq = 0;
export const message = (text: string, extra: Partial<MessageInput> = {}): MessageInput => ({
  eventId: `E${++eventSeq}`,
  channel,
  author: { id: 'U2', isBot: false, isSelf: false },
  text,
  ...extra,
});
