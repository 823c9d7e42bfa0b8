import { EventEmitter } from 'node:events';
import { type Client, Events } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { watchGateway } from '../../../src/adapters/discord/gateway-watch.js';
import { createMetrics } from '../../../src/infra/metrics/index.js';
import { metricValue } from '../../helpers/metrics.js';
import { memoryLogger } from '../slack/memory-logger.js';

/** A client as far as the watch reads it: discord.js's shard events, and its shards. */
function fakeClient() {
  return Object.assign(new EventEmitter(), { ws: { shards: new Map() } });
}

describe('watchGateway during an outage', () => {
  it('warns when it starts, once a minute while it lasts, and afresh after a resume', async () => {
    let clock = 0;
    const client = fakeClient();
    const logger = memoryLogger();
    const metrics = createMetrics();
    watchGateway(client as unknown as Client, { logger, metrics, live: () => true, now: () => clock });
    client.emit(Events.ShardReady, 0);
    const warnings = () => logger.lines.map((l) => JSON.parse(l)).filter((l) => l.level === 'warn');
    for (let second = 0; second < 60; second += 0.5) {
      clock = second * 1000;
      client.emit(Events.ShardReconnecting, 0);
    }
    expect(warnings().map((w) => w.msg)).toEqual(['Discord gateway closed (? unknown); reconnecting']);
    clock = 61_000;
    client.emit(Events.ShardReconnecting, 0);
    expect(warnings().at(-1)).toMatchObject({
      msg: 'Discord gateway still down after 61 s and 121 tries (last: ? unknown); reconnecting',
      closes: 121,
    });
    expect(await metricValue(metrics.registry, 'sockerr_connection_events_total', { event: 'close' })).toBe(
      121,
    );
    client.emit(Events.ShardResume, 0, 0);
    client.emit(Events.ShardReconnecting, 0);
    expect(warnings()).toHaveLength(3);
    expect(warnings().at(-1)?.msg).toBe('Discord gateway closed (? unknown); reconnecting');
  });
});

describe('watchGateway while the client logs in', () => {
  it('warns that the gateway cannot be reached, then once a minute, and is quiet once connected', () => {
    let clock = 0;
    let starting = true;
    const client = Object.assign(fakeClient(), {
      ws: { shards: new Map(), gateway: 'wss://gateway.example/' },
    });
    const logger = memoryLogger();
    const fatal: Error[] = [];
    watchGateway(client as unknown as Client, {
      logger,
      metrics: createMetrics(),
      live: () => !starting,
      starting: () => starting,
      onFatal: (e) => void fatal.push(e),
      now: () => clock,
    });
    const warnings = () => logger.lines.map((l) => JSON.parse(l)).filter((l) => l.level === 'warn');
    for (let second = 0; second <= 61; second += 0.5) {
      clock = second * 1000;
      client.emit(Events.ShardReconnecting, 0);
    }
    expect(warnings().map((w) => w.msg)).toEqual([
      expect.stringMatching(
        /^Discord gateway wss:\/\/gateway\.example cannot be reached \(last close: none\)/,
      ),
      expect.stringMatching(/cannot be reached after 60 s and 121 tries/),
    ]);
    starting = false;
    client.emit(Events.ShardReady, 0);
    expect(logger.lines.some((l) => l.includes('reconnected'))).toBe(false);
    expect(fatal).toEqual([]);
  });
});
