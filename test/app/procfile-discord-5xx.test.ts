import { setTimeout as delay } from 'node:timers/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { messageCreate } from '../fakes/discord/discord-events.js';
import { FAKE_IDS, type FakeDiscord, startFakeDiscord } from '../fakes/discord/fake-discord.js';
import { eventually } from '../helpers/eventually.js';
import { freePort } from '../helpers/free-port.js';
import { type SockerrProcess, startProcfileProcess } from '../helpers/sockerr-process.js';
import { tempStorePath } from '../helpers/temp-store.js';

/** Four pastes of four different errors: each gets a reply of its own (no cooldown between them). */
const PASTES = [
  'Error: read ECONNRESET',
  'Error: connect ECONNREFUSED 10.0.0.7:5432',
  'Error: connect ETIMEDOUT 10.0.0.7:443',
  'Error: connect EHOSTUNREACH 10.0.0.8:22',
];
/** Discord's API fails this many replies in a row (a few seconds of an incident), then works again. */
const FAILURES_EACH = 3;
const REPLIES = /^\/channels\/\d+\/messages$/;

/**
 * The Procfile's `worker` (dist/main.js) while Discord's REST API answers 503 for a moment. The
 * gateway sends a message once: the replies must wait the moment out, not be dropped after it.
 */
describe('the worker process while Discord’s API fails for a moment', () => {
  let fake: FakeDiscord | undefined;
  let worker: SockerrProcess | undefined;
  const store = tempStorePath();
  afterAll(async () => {
    worker?.child.kill('SIGKILL');
    await fake?.close();
    store.remove();
  });

  it('posts every reply once when replies fail a few times over and then work', async () => {
    fake = await startFakeDiscord();
    const discord = fake;
    worker = startProcfileProcess('worker', {
      DISCORD_TOKEN: discord.world.token,
      DISCORD_APPLICATION_ID: FAKE_IDS.application,
      DISCORD_API_URL: discord.apiUrl,
      HEALTH_PORT: String(await freePort()),
      HOST: '127.0.0.1',
      LOG_FORMAT: 'json',
      SOCKERR_STORE_PATH: store.path,
    });
    await worker.waitFor('stderr', /"adapter started"/, 'start-up', 30_000);
    discord.rest.fail(
      'POST',
      REPLIES,
      { status: 503, body: { message: '503: Service Unavailable', code: 0 } },
      PASTES.length * FAILURES_EACH,
    );
    for (const [i, text] of PASTES.entries())
      discord.gateway.dispatch(
        'MESSAGE_CREATE',
        messageCreate({ id: `19${String(i).padStart(17, '0')}`, text }),
      );
    const posted = () => discord.requests('POST', REPLIES).filter((r) => r.status === 200);
    await eventually(() => posted().length === PASTES.length, 'a reply to every paste', 20_000);
    // A second reply would come within moments of the first.
    await delay(300);
    expect(posted()).toHaveLength(PASTES.length);
    expect(worker.stderr()).not.toMatch(/Discord reply in channel \d+ failed after/);
  }, 30_000);
});
