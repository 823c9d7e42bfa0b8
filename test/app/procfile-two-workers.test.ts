import { afterEach, describe, expect, it } from 'vitest';
import { chatInput, messageCreate } from '../fakes/discord/discord-events.js';
import { FAKE_IDS, type FakeDiscord, startFakeDiscord } from '../fakes/discord/fake-discord.js';
import { eventually } from '../helpers/eventually.js';
import { freePort } from '../helpers/free-port.js';
import { HAS_REDIS, type RedisServer, startRedisServer } from '../helpers/redis-server.js';
import { type SockerrProcess, startProcfileProcess } from '../helpers/sockerr-process.js';
import { tempStorePath } from '../helpers/temp-store.js';

const PASTES = 12;
const ASKS = 4;

/**
 * The Procfile's `worker` (dist/main.js) twice on one bot token, as while a deploy overlaps or when
 * someone scales it to two: Discord sends every gateway event to both sessions, and takes one answer
 * per interaction (the other gets 40060). On one host they share the SQLite file; beyond it, Redis.
 */
describe('two worker processes on one Discord token', () => {
  const cleanUps: (() => unknown)[] = [];
  afterEach(async () => {
    for (const cleanUp of cleanUps.splice(0).reverse()) await cleanUp();
  });

  const run = async (fake: FakeDiscord, shared: Record<string, string>) => {
    const worker = startProcfileProcess('worker', {
      DISCORD_TOKEN: fake.world.token,
      DISCORD_APPLICATION_ID: FAKE_IDS.application,
      DISCORD_API_URL: fake.apiUrl,
      HEALTH_PORT: String(await freePort()),
      HOST: '127.0.0.1',
      LOG_FORMAT: 'json',
      ...shared,
    });
    cleanUps.push(() => worker.child.kill('SIGKILL'));
    return worker;
  };

  const answerEachOnce = async (shared: (fake: FakeDiscord) => Promise<Record<string, string>>) => {
    const fake = await startFakeDiscord();
    cleanUps.push(() => fake.close());
    const env = await shared(fake);
    const workers: SockerrProcess[] = [await run(fake, env), await run(fake, env)];
    await Promise.all(workers.map((w) => w.waitFor('stderr', /"adapter started"/, 'start-up', 30_000)));
    expect(fake.gateway.readySessions()).toBe(2);

    const pastes = Array.from({ length: PASTES }, (_, i) => `17${String(i).padStart(17, '0')}`);
    for (const id of pastes)
      fake.gateway.dispatch('MESSAGE_CREATE', messageCreate({ id, text: `read ECONNRESET (${id})` }));
    const asks = Array.from({ length: ASKS }, (_, i) => `18${String(i).padStart(17, '0')}`);
    for (const id of asks) fake.gateway.dispatch('INTERACTION_CREATE', chatInput({ id, query: '10054' }));

    // Each paste gets one answer: the first a reply, the rest the "explained here a moment ago" reaction.
    const answersTo = (id: string) => [
      ...fake
        .requests('POST', /^\/channels\/\d+\/messages$/)
        .filter(
          (r) =>
            (r.body as { message_reference?: { message_id?: string } }).message_reference?.message_id === id,
        ),
      ...fake.requests('PUT', new RegExp(`/messages/${id}/reactions/`)),
    ];
    const callbacks = (id: string) => fake.requests('POST', new RegExp(`^/interactions/${id}/`));
    await eventually(
      () => pastes.every((id) => answersTo(id).length > 0) && asks.every((id) => callbacks(id).length === 2),
      'every paste answered and every interaction tried by both workers',
      20_000,
    );
    expect(pastes.map((id) => answersTo(id).length)).toEqual(Array(PASTES).fill(1));
    expect(fake.requests('POST', /^\/channels\/\d+\/messages$/)).toHaveLength(1);
    for (const id of asks)
      expect(
        callbacks(id)
          .map((r) => r.status)
          .sort(),
      ).toEqual([204, 400]);

    const stopped = await Promise.all(workers.map((w) => w.stop()));
    expect(stopped).toEqual([0, 0]);
    const logs = workers.map((w) => w.stderr()).join('');
    expect(logs).not.toMatch(/"level":"error"/);
    expect(logs.match(/already answered, by another sockerr process/g)).toHaveLength(ASKS);
  };

  it('answer each paste and each interaction once, sharing one SQLite file on one host', async () => {
    const store = tempStorePath();
    cleanUps.push(() => store.remove());
    await answerEachOnce(async () => ({ SOCKERR_STORE_PATH: store.path }));
  }, 40_000);

  it.skipIf(!HAS_REDIS)(
    'answer each paste and each interaction once, sharing one Redis',
    async () => {
      let redis: RedisServer | undefined;
      cleanUps.push(() => redis?.dispose());
      await answerEachOnce(async () => {
        redis = await startRedisServer();
        return { REDIS_URL: redis.url };
      });
    },
    40_000,
  );
});
