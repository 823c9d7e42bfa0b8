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
  it('is named when start-up stops for the variable it was meant to be', async () => {
    app = spawnSockerr({ SLACK_BOT_TOKN: 'xoxb-1-2-typo-secret', SLACK_SIGNIN_SECRET: 'abc' }, ['slack']);
    expect(await app.exited).toBe(1);
    expect(app.stderr()).toContain('the slack adapter needs SLACK_BOT_TOKEN');
    expect(app.stderr()).toMatch(
      /Also:\n {2}- SLACK_BOT_TOKN is not a variable sockerr reads.*SLACK_BOT_TOKEN\?/,
    );
    expect(app.stderr()).toMatch(
      /SLACK_SIGNIN_SECRET is not a variable sockerr reads.*SLACK_SIGNING_SECRET\?/,
    );
    expect(app.stderr()).not.toContain('typo-secret');
  }, 30_000);
});
