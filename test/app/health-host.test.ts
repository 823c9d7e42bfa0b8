import { afterEach, describe, expect, it } from 'vitest';
import { startHealth } from '../../src/app/start-health.js';
import { ConfigError, loadConfig } from '../../src/config/index.js';
import type { HealthServer } from '../../src/infra/http/index.js';
import { memoryLogger } from '../helpers/core.js';
import { freePort } from '../helpers/free-port.js';

const DISCORD = {
  DISCORD_TOKEN: 'MTA4.Gx1y2z.abcdefghijklmnopqrstuvwxyz0123456789',
  DISCORD_APPLICATION_ID: '1084000000000000001',
};
const ok = () => true;
const answer = (_req: unknown, res: { end(text: string): void }) => {
  res.end('ok');
  return true;
};

/** HOST applies to the Discord worker's health server too, not only to Slack's HTTP server. */
describe('the Discord worker health server and HOST', () => {
  let server: HealthServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it('binds the interface HOST names, and no other', async () => {
    const port = await freePort();
    const config = loadConfig({ ...DISCORD, HOST: '127.0.0.2', HEALTH_PORT: String(port) });
    server = await startHealth(config, answer, memoryLogger());
    expect(await (await fetch(`http://127.0.0.2:${port}/`)).text()).toBe('ok');
    await expect(fetch(`http://127.0.0.1:${port}/`)).rejects.toThrow();
  });

  it('stops start-up naming HOST when it is not an address of this machine', async () => {
    const config = loadConfig({
      ...DISCORD,
      HOST: 'no-such-host.invalid',
      HEALTH_PORT: String(await freePort()),
    });
    const error = await startHealth(config, ok, memoryLogger()).then(
      (started) => {
        server = started;
        return new Error('started');
      },
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems).toEqual([
      'HOST "no-such-host.invalid" is not an address of this machine: fix HOST or leave it empty',
    ]);
  });
});
