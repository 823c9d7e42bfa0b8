import { afterEach, describe, expect, it } from 'vitest';
import { startFakeSlack } from '../fakes/slack/fake-slack.js';
import { freePort } from '../helpers/free-port.js';
import { type SpawnedSockerr, spawnSockerr } from '../helpers/spawn-sockerr.js';

const BOT_TOKEN = 'xoxb-start-failure-test-token';
const SIGNING_SECRET = '7d3f0c9e1b2a48566a7b8c9d0e1f2a3b';

/** The one line main.ts writes when start-up fails goes to the log: no secret in it either. */
describe('a start-up failure that repeats what the operator set', () => {
  const cleanUps: (() => Promise<void> | void)[] = [];
  afterEach(async () => {
    for (const cleanUp of cleanUps.splice(0).reverse()) await cleanUp();
  });

  it('hides a secret pasted into the variable it names (the signing secret in HOST)', async () => {
    const fake = await startFakeSlack({ botToken: BOT_TOKEN });
    cleanUps.push(() => fake.close());
    const app: SpawnedSockerr = spawnSockerr(
      {
        SLACK_BOT_TOKEN: BOT_TOKEN,
        SLACK_SIGNING_SECRET: SIGNING_SECRET,
        SLACK_API_URL: fake.apiUrl,
        PORT: String(await freePort()),
        HOST: SIGNING_SECRET,
      },
      ['slack'],
    );
    cleanUps.push(() => app.cleanUp());
    expect(await app.exited).toBe(1);
    expect(app.stderr()).toContain('HOST "[redacted]" is not an address of this machine');
    expect(app.stderr()).not.toContain(SIGNING_SECRET);
  }, 40_000);
});
