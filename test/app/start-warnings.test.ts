import { afterEach, describe, expect, it } from 'vitest';
import { type SpawnedSockerr, spawnSockerr } from '../helpers/spawn-sockerr.js';

/** Warnings from the configuration reach the log at start, through the real entry point. */
describe('a variable sockerr does not read', () => {
  let app: SpawnedSockerr | undefined;
  afterEach(() => app?.cleanUp());

  it('is named in a warning at start, with the variable meant, and start-up goes on', async () => {
    app = spawnSockerr({ SOCKER_LANG: 'zh-TW' });
    expect(await app.endInput()).toBe(0);
    expect(app.stderr()).toMatch(/"level":"warn".*SOCKER_LANG is not a variable sockerr reads.*SOCKERR_LANG/);
    expect(app.stderr()).not.toContain('zh-TW');
  }, 30_000);
});
