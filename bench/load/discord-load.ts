import { messageCreate } from '../../test/fakes/discord/discord-events.js';
import { type FakeDiscord, startFakeDiscord } from '../../test/fakes/discord/fake-discord.js';
import messageFixture from '../../test/fixtures/discord/message-create.json' with { type: 'json' };
import type { DiscordFakeInfo } from './protocol.js';
import { type Arrival, createWaiters, observeRecords } from './waiters.js';

const REPLY_TIMEOUT_MS = 10_000;
/** Message ids well below the fake's own snowflakes (2e18…), one per event so none is a replay. */
const FIRST_MESSAGE_ID = 1_700_000_000_000_100_000n;

/** Discord's side of the bench: one fake (gateway + REST from test/fakes) per app under test. */
export interface DiscordLoad {
  readonly info: DiscordFakeInfo;
  /** Whether a client has identified and been sent READY and its guild. */
  connected(): boolean;
  /** One MESSAGE_CREATE with a pasted trace; resolves with the reply's POST /channels/:id/messages. */
  event(t0: { at: number }, timeoutMs?: number): Promise<Arrival>;
  close(): Promise<void>;
}

export async function startDiscordLoad(): Promise<DiscordLoad> {
  // Heartbeats are the client's job; a long interval keeps them out of the measurements.
  const fake: FakeDiscord = await startFakeDiscord({ heartbeatIntervalMs: 60_000 });
  const waiters = createWaiters();
  // A reply is done when it reaches Discord's REST API, as a reply to the pasted message.
  observeRecords(fake.rest.requests, (r) => {
    const reference = (r.body as { message_reference?: { message_id?: string } } | undefined)
      ?.message_reference;
    if (r.method === 'POST' && r.status === 200 && /^\/channels\/\d+\/messages$/.test(r.path)) {
      waiters.arrive(reference?.message_id, 'POST /channels/:id/messages', r.body as Record<string, unknown>);
    }
  });
  let sequence = 0n;
  return {
    info: { apiUrl: fake.apiUrl, token: fake.world.token, applicationId: fake.world.applicationId },
    connected: () => fake.gateway.readySessions() > 0,
    event(t0, timeoutMs = REPLY_TIMEOUT_MS) {
      sequence += 1n;
      const id = String(FIRST_MESSAGE_ID + sequence);
      const answered = waiters.expect(id, timeoutMs);
      t0.at = performance.now();
      fake.gateway.dispatch('MESSAGE_CREATE', messageCreate({ id, text: messageFixture.content }));
      return answered;
    },
    close: () => fake.close(),
  };
}
