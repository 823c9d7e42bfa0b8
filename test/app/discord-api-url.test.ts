import { afterEach, describe, expect, it } from 'vitest';
import { FAKE_IDS, startFakeDiscord } from '../fakes/discord/fake-discord.js';
import { freePort } from '../helpers/free-port.js';
import { type SpawnedSockerr, spawnSockerr } from '../helpers/spawn-sockerr.js';

/** A DISCORD_API_URL with nothing, or no API, behind it, through the real entry point. */
describe('the Discord worker with a wrong DISCORD_API_URL', () => {
  const cleanUps: (() => Promise<void> | void)[] = [];
  afterEach(async () => {
    for (const cleanUp of cleanUps.splice(0).reverse()) await cleanUp();
  });
  const run = async (apiUrl: string, token: string): Promise<SpawnedSockerr> => {
    const app = spawnSockerr(
      {
        DISCORD_TOKEN: token,
        DISCORD_APPLICATION_ID: FAKE_IDS.application,
        DISCORD_API_URL: apiUrl,
        HEALTH_PORT: String(await freePort()),
      },
      ['discord'],
    );
    cleanUps.push(() => app.cleanUp());
    return app;
  };

  it('stops start-up naming DISCORD_API_URL when nothing answers there, not with a bare ECONNREFUSED', async () => {
    const fake = await startFakeDiscord();
    const token = fake.world.token;
    await fake.close();
    const app = await run(`http://127.0.0.1:${await freePort()}/api`, token);
    expect(await app.exited).toBe(1);
    expect(app.stderr()).toMatch(
      /Cannot reach Discord's REST API at http:\/\/127\.0\.0\.1:\d+\/api \(ECONNREFUSED\): check the network and DISCORD_API_URL/,
    );
  }, 40_000);

  it('stops start-up naming DISCORD_API_URL when it answers 404 (the path is wrong), not with a bare "404: Not Found"', async () => {
    const fake = await startFakeDiscord();
    cleanUps.push(() => fake.close());
    const app = await run(fake.apiUrl.replace(/\/api$/, '/wrong'), fake.world.token);
    expect(await app.exited).toBe(1);
    expect(app.stderr()).toContain('answered 404 Not Found at login: check DISCORD_API_URL');
    expect(app.stderr()).not.toContain(fake.world.token);
  }, 40_000);
});
