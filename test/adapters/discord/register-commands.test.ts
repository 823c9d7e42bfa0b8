import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { REST } from 'discord.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DISCORD_COMMANDS } from '../../../src/adapters/discord/commands.js';
import { registerCommands } from '../../../src/adapters/discord/register-commands.js';
import { CONFIG_VARS } from '../../../src/config/vars.js';
import { FAKE_IDS, type FakeDiscord, startFakeDiscord } from '../../fakes/discord/fake-discord.js';
import { ROOT } from '../../helpers/paths.js';

let fake: FakeDiscord;
let rest: REST;
beforeEach(async () => {
  fake = await startFakeDiscord();
  rest = new REST({ api: fake.apiUrl, retries: 0 }).setToken(fake.world.token);
});
afterEach(() => fake.close());

const commandCalls = () => fake.requests(undefined, /\/commands$/).map((r) => `${r.method} ${r.path}`);

describe('registerCommands', () => {
  it('registers every command globally on the first run', async () => {
    const result = await registerCommands({ rest, applicationId: FAKE_IDS.application });
    expect(result.changes).toEqual(['+ sockerr', '+ Explain socket errors', '+ sockerr-settings']);
    expect(commandCalls()).toEqual([
      `GET /applications/${FAKE_IDS.application}/commands`,
      `PUT /applications/${FAKE_IDS.application}/commands`,
    ]);
    expect(fake.requests('GET', /\/commands$/)[0]?.query.get('with_localizations')).toBe('true');
    expect(fake.rest.commands.get('global')?.map((c) => c.name)).toEqual([
      'sockerr',
      'Explain socket errors',
      'sockerr-settings',
    ]);
  });

  it('sends nothing when Discord already has the same commands', async () => {
    await registerCommands({ rest, applicationId: FAKE_IDS.application });
    const again = await registerCommands({ rest, applicationId: FAKE_IDS.application });
    expect(again.changes).toEqual([]);
    expect(fake.requests('PUT')).toHaveLength(1);
    expect(fake.requests('GET', /\/commands$/)).toHaveLength(2);
  });

  it('sends the commands again when only a translation changed', async () => {
    await registerCommands({ rest, applicationId: FAKE_IDS.application });
    const [lookup, ...rest2] = DISCORD_COMMANDS;
    const changed = [
      { ...lookup, description_localizations: { 'zh-TW': '查詢 socket 錯誤' } },
      ...rest2,
    ] as unknown as typeof DISCORD_COMMANDS;
    const result = await registerCommands({ rest, applicationId: FAKE_IDS.application, commands: changed });
    expect(result.changes).toEqual(['~ sockerr']);
    expect(fake.requests('PUT')).toHaveLength(2);
  });

  it('registers in one server when given a guild id', async () => {
    const result = await registerCommands({
      rest,
      applicationId: FAKE_IDS.application,
      guildId: FAKE_IDS.guild,
    });
    expect(result.scope).toEqual({ guildId: FAKE_IDS.guild });
    expect(commandCalls()).toEqual([
      `GET /applications/${FAKE_IDS.application}/guilds/${FAKE_IDS.guild}/commands`,
      `PUT /applications/${FAKE_IDS.application}/guilds/${FAKE_IDS.guild}/commands`,
    ]);
    expect(fake.rest.commands.has('global')).toBe(false);
  });
});

describe('npm run discord:commands', () => {
  const cli = fileURLToPath(
    new URL('../../../src/adapters/discord/register-commands-cli.ts', import.meta.url),
  );
  const run = (extra: Record<string, string>) => {
    // A clean environment: every sockerr variable empty unless the test sets it, whatever .env holds.
    const env: Record<string, string> = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' };
    for (const v of CONFIG_VARS) env[v.key] = '';
    Object.assign(env, extra);
    return promisify(execFile)(process.execPath, ['--import', 'tsx', cli], { env, timeout: 30_000 });
  };

  it('registers for DISCORD_GUILD_ID, then reports that nothing changed, and prints the invite URL', async () => {
    const env = {
      DISCORD_TOKEN: fake.world.token,
      DISCORD_APPLICATION_ID: FAKE_IDS.application,
      DISCORD_API_URL: fake.apiUrl,
      DISCORD_GUILD_ID: FAKE_IDS.guild,
    };
    const first = await run(env);
    expect(first.stdout).toContain(
      `Updated Discord commands for server ${FAKE_IDS.guild}: + sockerr, + Explain socket errors, + sockerr-settings`,
    );
    expect(first.stdout).toContain(
      `https://discord.com/oauth2/authorize?client_id=${FAKE_IDS.application}&scope=bot+applications.commands&permissions=274877992000`,
    );
    const second = await run(env);
    expect(second.stdout).toContain('are up to date; nothing sent');
    expect(fake.requests('PUT')).toHaveLength(1);
    expect(`${first.stdout}${first.stderr}${second.stdout}${second.stderr}`).not.toContain(fake.world.token);
  }, 60_000);

  it('prints for a global run what docs/discord.md shows, then the line it quotes for the second run', async () => {
    const guide = readFileSync(join(ROOT, 'docs/discord.md'), 'utf8');
    const shown = guide.match(/so you can run it on every deploy:\n\n```\n([\s\S]*?)```/)?.[1];
    const second = guide.match(/and the second time `([^`]+)`/)?.[1];
    const env = {
      DISCORD_TOKEN: fake.world.token,
      DISCORD_APPLICATION_ID: FAKE_IDS.application,
      DISCORD_API_URL: fake.apiUrl,
    };
    // The guide writes … where the application id goes.
    expect((await run(env)).stdout.replaceAll(FAKE_IDS.application, '…')).toBe(shown);
    expect((await run(env)).stdout.split('\n')[0]).toBe(second);
  }, 60_000);

  it('names the variable to fix when the token is missing', async () => {
    await expect(run({ DISCORD_APPLICATION_ID: FAKE_IDS.application })).rejects.toMatchObject({
      stderr: expect.stringContaining('DISCORD_TOKEN'),
    });
  }, 60_000);
});
