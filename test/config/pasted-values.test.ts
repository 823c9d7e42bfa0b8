import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/index.js';
import { configProblems as problems } from '../helpers/config.js';

const SIGNING_SECRET = '8f742231b10e8888abcd99aaaaaa85a5';

/** Values as operators paste them: from a Windows .env, with quotes kept by docker --env-file, with stray lines. */
describe('a value pasted with what surrounds it', () => {
  it('is read without the carriage return or newline a Windows .env or a paste leaves', () => {
    const config = loadConfig({
      SLACK_BOT_TOKEN: 'xoxb-1-2-abcdef\r',
      SLACK_SIGNING_SECRET: `${SIGNING_SECRET}\n`,
      PORT: ' 8080\r\n',
    });
    expect(config.slack).toMatchObject({ botToken: 'xoxb-1-2-abcdef', port: 8080 });
  });

  it('is refused inside quotes, naming the variable once and never its secret value', () => {
    const said = problems({
      SLACK_BOT_TOKEN: '"xoxb-1-2-quotedsecret"',
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
    });
    expect(said).toEqual([expect.stringMatching(/^SLACK_BOT_TOKEN is wrapped in quotes: remove them/)]);
    expect(said.join()).not.toContain('quotedsecret');
  });

  it('is refused inside single quotes too, with only that problem when the rest is right', () => {
    expect(problems({ PORT: "'3000'" })).toEqual([expect.stringMatching(/^PORT is wrapped in quotes/)]);
    expect(problems({ SOCKERR_STORE_PATH: '"/var/lib/sockerr/sockerr.db"' })).toEqual([
      expect.stringMatching(/^SOCKERR_STORE_PATH is wrapped in quotes/),
    ]);
  });

  it('is refused with one quote and no partner, as dotenv leaves a .env line whose closing quote is missing', () => {
    const said = problems({
      SLACK_BOT_TOKEN: '"xoxb-1-2-unclosedsecret',
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
    });
    expect(said).toEqual([
      'SLACK_BOT_TOKEN has a quote (") at its start or end with no partner: remove it, or close the quotes in .env',
    ]);
    expect(problems({ PORT: "8080'" })).toEqual([
      expect.stringMatching(/^PORT has a quote \('\) at its start/),
    ]);
  });

  it('is refused with an invisible character or a typographic quote in a token, named without the value', () => {
    // Left in, Node refused the header and start-up said "Cannot reach the Slack Web API … check the network".
    const discord = 'MTIzNDU2Nzg5MDEyMzQ1Njc4OTA.Gabcde.abcdefghijklmnopqrstuvwxyz12345';
    const said = problems({
      DISCORD_TOKEN: `${discord}\u200b`,
      DISCORD_APPLICATION_ID: '123456789012345678',
      SLACK_BOT_TOKEN: '\u201cxoxb-1-2-curlysecret\u201d',
      SLACK_SIGNING_SECRET: `${SIGNING_SECRET.slice(0, 8)}\u00a0${SIGNING_SECRET.slice(8)}`,
    });
    expect(said).toEqual(
      expect.arrayContaining([
        'SLACK_BOT_TOKEN has a character no token has (a typographic quote (“), U+201C) at character 1: copy it again, or delete that character (copies from web pages, chats and documents bring invisible ones along)',
        expect.stringMatching(
          /^SLACK_SIGNING_SECRET has a character no token has \(a no-break space, U\+00A0\) at character 9:/,
        ),
        expect.stringMatching(
          /^DISCORD_TOKEN has a character no token has \(a zero-width space, U\+200B\) at character 67:/,
        ),
      ]),
    );
    expect(said.join()).not.toMatch(/curlysecret|abcdefghijklmnop|8f742231/);
    expect(problems({ DISCORD_TOKEN: discord, DISCORD_APPLICATION_ID: '123456789012345678' })).toEqual([]);
  });

  it('still names what is wrong inside the quotes', () => {
    const said = problems({ PORT: '"eighty"' });
    expect(said).toHaveLength(2);
    expect(said[1]).toMatch(/^PORT must be a whole number/);
  });

  it('is repeated on one line, with control characters escaped and a long paste cut short', () => {
    const said = problems({ LOG_LEVEL: 'in\nfo', PORT: `80\u001b[2J${'9'.repeat(500)}` });
    expect(said).toHaveLength(2);
    for (const line of said) {
      for (const control of ['\n', '\r', '\u001b']) expect(line).not.toContain(control);
      expect(line.length).toBeLessThan(200);
    }
    expect(said[0]).toContain('(got "80\\u001b[2J');
    expect(said[1]).toContain('(got "in\\nfo")');
  });
});

describe('an API base URL', () => {
  it('is refused with a user name or password in it, which is never repeated', () => {
    for (const key of ['SLACK_API_URL', 'DISCORD_API_URL']) {
      const said = problems({ [key]: 'https://proxyuser:proxypw99@proxy.example.com/api/' });
      expect(said).toEqual([
        expect.stringMatching(new RegExp(`^${key} must not contain a user name or password`)),
      ]);
      expect(said.join()).not.toContain('proxypw99');
    }
  });

  it('for Discord is refused with the API version on the end, which discord.js adds itself', () => {
    expect(problems({ DISCORD_API_URL: 'https://discord.com/api/v10' })).toEqual([
      expect.stringMatching(/^DISCORD_API_URL must be the base URL without the API version/),
    ]);
    expect(problems({ DISCORD_API_URL: 'https://proxy.example.com/discord/api/' })).toEqual([]);
  });
});

describe('a secret pasted into the wrong variable', () => {
  it('is not repeated by the message about that variable, which goes to the log', () => {
    const slackToken = 'xoxb-1234567890-0987654321-AbCdEfGhIjKlMnOpQrStUv';
    const discordToken = 'MTA4NDAwMDAwMDAwMDAwMDAwMQ.Gx1y2z.abcdefghijklmnopqrstuvwxyz0123456789ABCD';
    const said = problems({
      SLACK_BOT_TOKEN: 'xoxb-1-2-abcdef',
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      LOG_LEVEL: slackToken,
      SOCKERR_LANG: discordToken,
      LOG_FORMAT: SIGNING_SECRET,
    });
    expect(said).toHaveLength(3);
    const text = said.join('\n');
    for (const secret of [slackToken, SIGNING_SECRET, discordToken.slice(0, 20), slackToken.slice(0, 20)]) {
      expect(text).not.toContain(secret);
    }
    expect(text).toContain('[redacted]');
  });
});
