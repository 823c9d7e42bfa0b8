import { setTimeout as delay } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { createRedisStore } from '../../../../src/infra/store/redis/redis-store.js';
import { memoryLogger } from '../../../helpers/core.js';
import { eventually } from '../../../helpers/eventually.js';
import { HAS_REDIS, startRedisServer } from '../../../helpers/redis-server.js';

const WARNING = /Redis closes connections idle for/;
const count = (lines: string[], pattern: RegExp) => lines.join('\n').match(pattern)?.length ?? 0;

/**
 * A Redis that closes idle connections sooner than sockerr's keep-alive PING (10 s) drops it in
 * every quiet moment, and each drop is logged as an outage and its end.
 */
describe.skipIf(!HAS_REDIS)("a Redis whose idle timeout is shorter than sockerr's keep-alive", () => {
  it('is named once at start, with the setting to change, instead of only a stream of outages', async () => {
    const server = await startRedisServer({ extraArgs: ['--timeout', '2'] });
    const logger = memoryLogger();
    const store = await createRedisStore({ url: server.url, logger });
    try {
      await eventually(() => WARNING.test(logger.lines.join('\n')), 'the warning');
      const said = logger.lines.find((l) => WARNING.test(l)) ?? '';
      expect(said).toMatch(/idle for 2 s \(timeout 2\).*PING every 10 s.*timeout to 0/);
      expect(said).toContain('"level":"warn"');
      // What it warns of: the connection is closed while idle, and that reads as an outage.
      await eventually(() => count(logger.lines, /Redis cannot be reached/g) > 0, 'an idle close', 10_000);
      expect(count(logger.lines, WARNING)).toBe(1);
    } finally {
      await store.close();
      await server.dispose();
    }
  }, 30_000);

  it('is not named for a Redis that keeps idle connections (timeout 0, or longer than the PING)', async () => {
    for (const timeout of ['0', '300']) {
      const server = await startRedisServer({ extraArgs: ['--timeout', timeout] });
      const logger = memoryLogger();
      const store = await createRedisStore({ url: server.url, logger });
      try {
        // CONFIG GET went out at the first connection, before this PING: answered in order, it is read by now.
        await store.ping();
        await delay(200);
        expect(logger.lines.join('\n')).not.toMatch(WARNING);
      } finally {
        await store.close();
        await server.dispose();
      }
    }
  });
});
