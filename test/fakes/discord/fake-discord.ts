import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createFakeCdn, type FakeCdn } from './fake-discord-cdn.js';
import { createFakeGateway, type FakeGateway } from './fake-discord-gateway.js';
import { createFakeRest, type FakeRest, type RecordedRequest } from './fake-discord-rest.js';
import { FAKE_IDS, FAKE_TOKEN, type FakeWorld } from './fake-discord-world.js';

export type { RecordedRequest } from './fake-discord-rest.js';
export { FAKE_IDS } from './fake-discord-world.js';

export interface FakeDiscordOptions {
  /** Whether the Message Content intent is granted; when false, IDENTIFY with it closes with 4014. */
  grantMessageContent?: boolean;
  heartbeatIntervalMs?: number;
}

/** A Discord look-alike on 127.0.0.1: REST under `/api/v10` and a v10 gateway at `/gateway`. */
export interface FakeDiscord {
  /** For discord.js `rest.api` and `DISCORD_API_URL`: no version, no trailing slash. */
  readonly apiUrl: string;
  readonly world: FakeWorld;
  readonly rest: FakeRest;
  readonly gateway: FakeGateway;
  /** Attachments' files, served at their `url` (the CDN, here on the fake). */
  readonly cdn: FakeCdn;
  /** REST calls received, optionally only those matching `method` and a path pattern. */
  requests(method?: string, path?: RegExp): RecordedRequest[];
  /**
   * Makes every send (message, reaction) in a channel fail with this JSON error code; 160002 (no
   * Read Message History) fails only replies, as Discord does.
   */
  denyChannel(channelId: string, code: 50013 | 50001 | 160002): void;
  /** The author deletes message `id` (a paste) before the bot answers it. */
  deleteMessage(id: string): void;
  close(): Promise<void>;
}

export async function startFakeDiscord(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
  const world: FakeWorld = {
    token: FAKE_TOKEN,
    applicationId: FAKE_IDS.application,
    botUserId: FAKE_IDS.bot,
    grantMessageContent: options.grantMessageContent ?? true,
    heartbeatIntervalMs: options.heartbeatIntervalMs ?? 41_250,
    deniedChannels: new Map(),
    deletedMessages: new Set(),
    createdMessages: [],
  };
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const gateway = createFakeGateway(server, world);
  const rest = createFakeRest(world, () => gateway.url);
  const cdn = createFakeCdn(() => `http://127.0.0.1:${port}`);
  server.on('request', (req, res) => {
    if (cdn.serve(req, res)) return;
    rest.handle(req, res).catch(() => {
      res.statusCode = 500;
      res.end();
    });
  });
  return {
    apiUrl: `http://127.0.0.1:${port}/api`,
    world,
    rest,
    gateway,
    cdn,
    requests: (method, path) =>
      rest.requests.filter((r) => (!method || r.method === method) && (!path || path.test(r.path))),
    denyChannel: (channelId, code) => world.deniedChannels.set(channelId, code),
    deleteMessage: (id) => world.deletedMessages.add(id),
    async close() {
      await gateway.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
