import { describe, expect, it } from 'vitest';
import { createCore } from '../../src/core/index.js';
import { createMetrics } from '../../src/infra/metrics/index.js';
import { createMemoryStore } from '../../src/infra/store/index.js';
import { memoryLogger, realData } from '../helpers/core.js';
import { metricValue } from '../helpers/metrics.js';

describe('detection time', () => {
  it('is measured through the CoreMetrics port for every detection, with the same findings', async () => {
    const metrics = createMetrics();
    const deps = {
      ...realData(),
      store: createMemoryStore(),
      logger: memoryLogger(),
      cooldownMs: 0,
      defaultLang: 'en' as const,
    };
    const timed = createCore({ ...deps, metrics });
    const plain = createCore(deps);
    const text =
      'ConnectionResetError: [WinError 10054] An existing connection was forcibly closed by the remote host';
    expect(timed.scan(text, 'en').findings).toEqual(plain.scan(text, 'en').findings);
    await timed.message({
      eventId: 'e1',
      channel: { platform: 'slack', channelId: 'C1' },
      author: { id: 'U1', isBot: false, isSelf: false },
      text,
    });
    expect(await metricValue(metrics.registry, 'sockerr_detection_seconds')).toBe(2);
  });
});
