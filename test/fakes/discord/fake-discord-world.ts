/** Ids of the fake's one server, as in `test/fixtures/discord/guild-create.json`. */
export const FAKE_IDS = {
  application: '1100000000000000001',
  bot: '1100000000000000001',
  guild: '1200000000000000001',
  /** #incidents: the bot may do everything it asks for. */
  channel: '1300000000000000001',
  /** #read-only: the bot's role may not send messages. */
  readOnlyChannel: '1300000000000000002',
  /** #no-embeds: nobody may embed links. */
  noEmbedsChannel: '1300000000000000003',
  human: '1400000000000000001',
  otherBot: '1400000000000000002',
  webhook: '1500000000000000001',
  botRole: '1600000000000000001',
} as const;

/** A syntactically valid bot token (three dot-separated parts); the fake accepts only this one. */
export const FAKE_TOKEN = 'MTEwMDAwMDAwMDAwMDAwMDAwMQ.GfAkE1.ZmFrZS1kaXNjb3JkLXRva2VuLWZvci10ZXN0cy0w';

/** The state both halves of the fake share. */
export interface FakeWorld {
  token: string;
  applicationId: string;
  botUserId: string;
  /** Whether the Message Content intent is switched on in the (fake) Developer Portal. */
  grantMessageContent: boolean;
  heartbeatIntervalMs: number;
  /** Channel id → Discord JSON error code returned for sends there (50013, 50001, 160002). */
  deniedChannels: Map<string, number>;
  /** Ids of people's messages deleted since they were sent: a reply to one is refused. */
  deletedMessages: Set<string>;
  /** Messages the bot created in channels, in order (what the channel would show). */
  createdMessages: Record<string, unknown>[];
}
