import { afterEach, describe, expect, it } from 'vitest';
import {
  createHealthRoutes,
  createReadiness,
  type HealthServer,
  startHealthServer,
} from '../../../src/infra/http/index.js';
import { createMetrics } from '../../../src/infra/metrics/index.js';

describe('health routes on their own server', () => {
  let server: HealthServer | undefined;
  afterEach(() => server?.close());

  const serve = async (
    probes: Parameters<typeof createReadiness>[0]['probes'],
    timeoutMs = 2000,
    working = true,
  ) => {
    const told: [string, string | undefined][] = [];
    const onChange = (name: string, reason: string | undefined) => told.push([name, reason]);
    const readiness = createReadiness({ probes, timeoutMs, working, onChange });
    const metrics = createMetrics();
    server = await startHealthServer({
      port: 0,
      host: '127.0.0.1',
      routes: createHealthRoutes({ readiness, metrics }),
    });
    const get = (path: string) => fetch(`http://127.0.0.1:${server?.port}${path}`);
    return { readiness, metrics, get, told };
  };

  it('says alive once sockerr can work, and ready only after start-up with every probe up', async () => {
    let connected = false;
    const { readiness, get } = await serve(
      [
        {
          name: 'slack',
          check: () => {
            if (!connected) throw new Error('not connected');
          },
        },
        { name: 'store', check: async () => {} },
      ],
      2000,
      false,
    );
    const building = await get('/healthz');
    expect(building.status).toBe(503);
    expect(await building.json()).toEqual({ ok: false, status: 'starting' });
    readiness.markWorking();
    expect((await get('/healthz')).status).toBe(200);
    const starting = await get('/readyz');
    expect(starting.status).toBe(503);
    expect(await starting.json()).toMatchObject({ ready: false, status: 'starting' });
    readiness.markStarted();
    const down = await get('/readyz');
    expect(down.status).toBe(503);
    expect(await down.json()).toMatchObject({
      status: 'not ready',
      checks: { slack: 'down', store: 'ok' },
    });
    connected = true;
    const up = await get('/readyz');
    expect(up.status).toBe(200);
    expect(await up.json()).toEqual({ ready: true, status: 'ready', checks: { slack: 'ok', store: 'ok' } });
  });

  it('turns /readyz to 503 while draining, while /healthz stays 200', async () => {
    const { readiness, get } = await serve([]);
    readiness.markStarted();
    expect((await get('/readyz')).status).toBe(200);
    readiness.markDraining();
    expect((await get('/readyz')).status).toBe(503);
    const health = await get('/healthz');
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ ok: true, status: 'draining' });
  });

  it('counts a store that does not answer as down instead of hanging', async () => {
    const { readiness, get } = await serve([{ name: 'store', check: () => new Promise(() => {}) }], 100);
    readiness.markStarted();
    const started = Date.now();
    const response = await get('/readyz');
    expect(response.status).toBe(503);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(await response.json()).toMatchObject({ checks: { store: 'down' } });
  });

  it('serves no reason a probe is down (an address, a server error) and tells each change once instead', async () => {
    let failure: Error | undefined = new Error('connect ECONNREFUSED 10.1.2.3:6380');
    const { readiness, get, told } = await serve([
      {
        name: 'store',
        check: () => {
          if (failure) throw failure;
        },
      },
    ]);
    await get('/readyz');
    expect(told).toEqual([]); // starting: not yet a fault
    readiness.markStarted();
    for (let i = 0; i < 3; i += 1) {
      const response = await get('/readyz');
      expect(response.status).toBe(503);
      const body = await response.text();
      expect(body).not.toMatch(/10\.1\.2\.3|6380|ECONNREFUSED/);
      expect(JSON.parse(body)).toEqual({ ready: false, status: 'not ready', checks: { store: 'down' } });
    }
    failure = new Error('OOM command not allowed when used memory > maxmemory');
    await get('/readyz');
    failure = undefined;
    expect((await get('/readyz')).status).toBe(200);
    await get('/readyz');
    expect(told).toEqual([
      ['store', 'connect ECONNREFUSED 10.1.2.3:6380'],
      ['store', 'OOM command not allowed when used memory > maxmemory'],
      ['store', undefined],
    ]);
  });

  it('stays ready, degraded, while only a store every instance shares is down', async () => {
    let shared: Error | undefined = new Error('connect ECONNREFUSED 10.1.2.3:6379');
    let own: Error | undefined;
    const { readiness, get } = await serve([
      {
        name: 'store',
        shared: true,
        check: () => {
          if (shared) throw shared;
        },
      },
      {
        name: 'slack',
        check: () => {
          if (own) throw own;
        },
      },
    ]);
    expect((await get('/readyz')).status).toBe(503); // starting
    readiness.markStarted();
    const degraded = await get('/readyz');
    expect(degraded.status).toBe(200);
    expect(await degraded.json()).toEqual({
      ready: true,
      status: 'degraded',
      checks: { store: 'down', slack: 'ok' },
    });
    own = new Error('not connected');
    expect((await get('/readyz')).status).toBe(503);
    own = undefined;
    shared = undefined;
    expect(await (await get('/readyz')).json()).toMatchObject({ ready: true, status: 'ready' });
    readiness.markDraining();
    expect((await get('/readyz')).status).toBe(503);
  });

  it('serves Prometheus text at /metrics and 404 elsewhere', async () => {
    const { metrics, get } = await serve([]);
    metrics.eventReceived('discord', 'message');
    const response = await get('/metrics');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/plain');
    expect(await response.text()).toContain(
      'sockerr_events_received_total{platform="discord",kind="message"} 1',
    );
    expect((await get('/slack/events')).status).toBe(404);
  });

  it('rejects with EADDRINUSE when the port is taken', async () => {
    await serve([]);
    await expect(
      startHealthServer({ port: server?.port ?? 0, host: '127.0.0.1', routes: () => false }),
    ).rejects.toMatchObject({ code: 'EADDRINUSE' });
  });
});
