import { describe, expect, it } from 'vitest';
import type { Adapter, StopReport } from '../../src/adapters/adapter.js';
import { createShutdown } from '../../src/app/shutdown.js';
import { createMemoryStore } from '../../src/infra/store/index.js';
import { memoryLogger } from '../helpers/core.js';

function fakeAdapter(steps: string[], report?: StopReport): Adapter {
  return {
    name: 'fake',
    start: async () => {},
    stop: async () => {
      steps.push('adapter stopped');
      return report;
    },
  };
}

describe('createShutdown', () => {
  const run = async (report?: StopReport, exitCode?: number) => {
    const steps: string[] = [];
    const store = { ...createMemoryStore(), close: async () => void steps.push('store closed') };
    const logger = memoryLogger();
    let code: number | undefined;
    const previous = process.exitCode;
    process.exitCode = exitCode;
    const shutdown = createShutdown({
      adapters: [fakeAdapter(steps, report)],
      store,
      logger,
      readiness: { markDraining: () => void steps.push('draining') },
      closeHealth: async () => void steps.push('health closed'),
      exit: (c) => {
        code = c;
      },
    });
    await Promise.all([shutdown('SIGTERM'), shutdown('SIGTERM')]);
    process.exitCode = previous;
    return { steps, code, logger };
  };

  it('drains first, then stops adapters, closes the store and the health server, and exits 0', async () => {
    const { steps, code } = await run({ unfinished: 0 });
    expect(steps).toEqual(['draining', 'adapter stopped', 'store closed', 'health closed']);
    expect(code).toBe(0);
  });

  it('exits non-zero and says so when replies were not sent', async () => {
    const { code, logger } = await run({ unfinished: 3 });
    expect(code).toBe(1);
    expect(logger.lines.some((l) => l.includes('stopped with 3 replies not sent'))).toBe(true);
  });

  it('keeps a fatal error’s non-zero exit code', async () => {
    const { code } = await run(undefined, 1);
    expect(code).toBe(1);
  });
});
