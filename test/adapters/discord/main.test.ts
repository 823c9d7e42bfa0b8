import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONFIG_VARS } from '../../../src/config/vars.js';
import { autocomplete, chatInput, messageCreate } from '../../fakes/discord/discord-events.js';
import { FAKE_IDS, type FakeDiscord, startFakeDiscord } from '../../fakes/discord/fake-discord.js';
import { eventually } from '../../helpers/eventually.js';
import { freePort } from '../../helpers/free-port.js';
import { freshId } from './harness.js';
import { toContractReplies } from './replies.js';

const MAIN = fileURLToPath(new URL('../../../src/main.ts', import.meta.url));
const TRACE =
  'ConnectionResetError: [WinError 10054] An existing connection was forcibly closed by the remote host';

/** sockerr's real entry point (`src/main.ts`, as `npm start` runs it), pointed at the fake Discord. */
describe('sockerr started with Discord credentials against a Discord look-alike', () => {
  let fake: FakeDiscord;
  let child: ChildProcess;
  let stderr = '';
  const storeDir = mkdtempSync(join(tmpdir(), 'sockerr-discord-'));

  beforeAll(async () => {
    fake = await startFakeDiscord();
    const env: Record<string, string> = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' };
    for (const v of CONFIG_VARS) env[v.key] = '';
    Object.assign(env, {
      DISCORD_TOKEN: fake.world.token,
      DISCORD_APPLICATION_ID: FAKE_IDS.application,
      DISCORD_API_URL: fake.apiUrl,
      HEALTH_PORT: String(await freePort()),
      SOCKERR_STORE_PATH: join(storeDir, 'state.json'),
      LOG_LEVEL: 'info',
    });
    child = spawn(process.execPath, ['--import', 'tsx', MAIN], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    await eventually(
      () => stderr.includes('"adapter started"') && fake.gateway.readySessions() === 1,
      'login',
      30_000,
    );
  }, 40_000);

  afterAll(async () => {
    if (child.exitCode === null) child.kill('SIGKILL');
    await fake.close();
    rmSync(storeDir, { recursive: true, force: true });
  });

  const answersTo = (token: string) => fake.rest.requests.filter((r) => r.path.includes(`/${token}/`));

  it('logs in and answers /sockerr query:10053 with WSAECONNABORTED', async () => {
    const event = chatInput({ id: freshId(), query: '10053' });
    fake.gateway.dispatch('INTERACTION_CREATE', event);
    const requests = await eventually(
      () => answersTo(String(event.token)).length > 0 && answersTo(String(event.token)),
      '/sockerr',
    );
    expect(toContractReplies(requests)[0]?.text).toContain('WSAECONNABORTED');
  });

  it('offers autocomplete choices for "conn"', async () => {
    const event = autocomplete({ id: freshId(), value: 'conn' });
    fake.gateway.dispatch('INTERACTION_CREATE', event);
    const [callback] = await eventually(
      () => answersTo(String(event.token)).length > 0 && answersTo(String(event.token)),
      'autocomplete',
    );
    const choices =
      (callback?.body as { data?: { choices?: { name: string }[] } } | undefined)?.data?.choices ?? [];
    expect(choices.some((c) => c.name.includes('WSAECONNRESET'))).toBe(true);
  });

  it('replies once to a pasted trace, pinging nobody, and stays silent for a bot', async () => {
    const fromBot = messageCreate({ id: freshId(), text: 'connect ETIMEDOUT 10.0.0.7:443', author: 'bot' });
    const fromHuman = messageCreate({ id: freshId(), text: TRACE });
    fake.gateway.dispatch('MESSAGE_CREATE', fromBot);
    fake.gateway.dispatch('MESSAGE_CREATE', fromHuman);
    const replyTo = (id: unknown) =>
      fake
        .requests('POST', /\/messages$/)
        .filter(
          (r) =>
            (r.body as { message_reference?: { message_id?: string } }).message_reference?.message_id === id,
        );
    const [reply] = await eventually(
      () => replyTo(fromHuman.id).length > 0 && replyTo(fromHuman.id),
      'auto-reply',
    );
    expect((reply?.body as { allowed_mentions?: unknown } | undefined)?.allowed_mentions).toEqual({
      parse: [],
      replied_user: false,
    });
    await delay(200);
    expect(replyTo(fromHuman.id)).toHaveLength(1);
    expect(replyTo(fromBot.id)).toHaveLength(0);
  });

  it('closes the gateway session and exits 0 on SIGTERM', async () => {
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(fake.gateway.clientCloseCodes).toEqual([1000]);
    expect(stderr).not.toContain(fake.world.token);
  }, 15_000);
});
