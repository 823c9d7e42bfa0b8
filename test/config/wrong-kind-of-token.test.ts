import { describe, expect, it } from 'vitest';
import { configProblems as problems } from '../helpers/config.js';

const BOT = 'xoxb-1111-2222-abcdefghijklmnop';
const APP = 'xapp-1-A0111-2222-abcdefghijklmnop';
const DISCORD = 'MTA4NDAwMDAwMDAwMDAwMDAwMQ.Gx1y2z.abcdefghijklmnopqrstuvwxyz0123456789';
const SIGNING = '8f742231b10e8888abcd99aaaaaa85a5';

/** A token pasted into the wrong variable: the message says where it goes, never what it is. */
describe('a token of the wrong kind', () => {
  it('in SLACK_BOT_TOKEN or SLACK_APP_TOKEN says which variable it belongs in', () => {
    const said = problems({ SLACK_BOT_TOKEN: APP, SLACK_APP_TOKEN: BOT });
    expect(said).toEqual([
      expect.stringMatching(
        /^SLACK_BOT_TOKEN must be a bot token .*; this looks like a Slack app-level token \(xapp-…\), which goes in SLACK_APP_TOKEN$/,
      ),
      expect.stringMatching(
        /^SLACK_APP_TOKEN must be an app-level token .*; this looks like a Slack bot token \(xoxb-…\), which goes in SLACK_BOT_TOKEN$/,
      ),
    ]);
  });

  it('from Discord in a Slack variable, or from Slack in DISCORD_TOKEN, says so', () => {
    expect(problems({ SLACK_BOT_TOKEN: DISCORD, SLACK_SIGNING_SECRET: SIGNING })).toEqual([
      expect.stringMatching(/; this looks like a Discord bot token, which goes in DISCORD_TOKEN$/),
    ]);
    expect(problems({ DISCORD_TOKEN: BOT, DISCORD_APPLICATION_ID: '1084000000000000001' })).toEqual([
      expect.stringMatching(/^DISCORD_TOKEN does not look like a bot token.*which goes in SLACK_BOT_TOKEN$/),
    ]);
    expect(problems({ SLACK_BOT_TOKEN: 'xoxp-1-2-3-abcdef', SLACK_SIGNING_SECRET: SIGNING })).toEqual([
      expect.stringMatching(/this looks like a Slack user token \(xoxp-…\), which sockerr does not use$/),
    ]);
  });

  it('in SLACK_SIGNING_SECRET says what it looks like', () => {
    expect(problems({ SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: APP })).toEqual([
      expect.stringMatching(
        /^SLACK_SIGNING_SECRET must be the hexadecimal signing secret.*which goes in SLACK_APP_TOKEN$/,
      ),
    ]);
  });

  it('with "Bot " in front of a Discord token says to drop it', () => {
    expect(
      problems({ DISCORD_TOKEN: `Bot ${DISCORD}`, DISCORD_APPLICATION_ID: '1084000000000000001' }),
    ).toEqual(['DISCORD_TOKEN must be the token alone, without "Bot " in front (sockerr adds it)']);
  });

  it('is never repeated', () => {
    const said = problems({
      SLACK_BOT_TOKEN: APP,
      SLACK_APP_TOKEN: BOT,
      DISCORD_TOKEN: `Bot ${DISCORD}`,
    }).join('\n');
    for (const token of [APP, BOT, DISCORD]) expect(said).not.toContain(token.slice(5, 20));
  });
});
