import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { createStore } from '../../src/app/create-store.js';
import { loadConfig } from '../../src/config/index.js';
import { StoreStartupError } from '../../src/infra/store/index.js';
import { memoryLogger } from '../helpers/core.js';
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

describe.skipIf(process.platform !== 'linux')('a store in a folder sockerr may not write', () => {
  it('says that the folder, not only the file, must be writable (SQLite makes its WAL files there)', async () => {
    // /proc takes no new files, whoever asks (tests may run as root, whom permissions do not stop).
    const error = await createStore(
      loadConfig({ SOCKERR_STORE_PATH: '/proc/sockerr.db' }),
      memoryLogger(),
    ).then(
      async (store) => {
        await store.close();
        return new Error('started');
      },
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(StoreStartupError);
    expect((error as Error).message).toContain(
      'cannot open the store /proc/sockerr.db for writing (unable to open database file): sockerr must be able to read and write it and to create files in its folder (SQLite keeps sockerr.db-wal and sockerr.db-shm beside it)',
    );
    expect((error as Error).message).toContain('SOCKERR_STORE_PATH');
  });
});

describe('SOCKERR_STORE_PATH naming a folder', () => {
  it('says to name a file in it, instead of that it cannot be opened for writing', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'sockerr-store-folder-'));
    try {
      const error = await createStore(loadConfig({ SOCKERR_STORE_PATH: folder }), memoryLogger()).then(
        async (store) => {
          await store.close();
          return new Error('started');
        },
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(StoreStartupError);
      expect((error as Error).message).toBe(
        `the store ${folder} is a folder: set SOCKERR_STORE_PATH to a file in it, such as ${join(folder, 'sockerr.db')}.`,
      );
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
