import { setTimeout as delay } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { type SpawnedSockerr, spawnSockerr } from '../helpers/spawn-sockerr.js';

/** SOCKERR_STORE_PATH in a folder the file system will not create, through the real entry point. */
describe.skipIf(process.platform !== 'linux')('a store folder that cannot be made', () => {
  let app: SpawnedSockerr | undefined;
  afterEach(() => app?.cleanUp());

  it('stops start-up with a message naming the store, instead of hanging at full CPU (a folder under /proc)', async () => {
    app = spawnSockerr({ SOCKERR_STORE_PATH: '/proc/sockerr-no-such-folder/sockerr.db' });
    // Node's recursive mkdir never returns here; a child process lets the test see that.
    const code = await Promise.race([app.exited, delay(20_000, 'still running')]);
    expect(code, app.stderr()).toBe(1);
    expect(app.stderr()).toContain(
      'cannot create the folder of the store /proc/sockerr-no-such-folder/sockerr.db (ENOENT',
    );
    expect(app.stderr()).toContain('SOCKERR_STORE_PATH');
    expect(app.stderr()).not.toMatch(/\n\s+at /);
  }, 30_000);
});
