import { describe, expect, it } from 'vitest';
import { createCore } from '../../src/core/index.js';
import { createMemoryStore } from '../../src/infra/store/index.js';
import { memoryLogger, realData } from '../helpers/core.js';

describe('core.warmUp', () => {
  it('builds the detector for a look-up only when the query has to be read as a log line', () => {
    const rules = realData().rules;
    let reads = 0;
    const counted = new Proxy(rules, {
      get(target, key, receiver) {
        reads += 1;
        return Reflect.get(target, key, receiver);
      },
    });
    const core = createCore({
      ...realData(),
      rules: counted,
      store: createMemoryStore(),
      logger: memoryLogger(),
      cooldownMs: 0,
      defaultLang: 'en',
    });
    expect(core.lookup('WSAECONNRESET', 'en').found).toBe(true);
    expect(reads).toBe(0);
    expect(core.lookup('Error: connect ECONNREFUSED 127.0.0.1:5432', 'en').found).toBe(true);
    expect(reads).toBeGreaterThan(0);
  });

  /** Detection rules that count how often the detector builder reads them. */
  function countingRules() {
    const rules = realData().rules;
    let reads = 0;
    const counted = new Proxy(rules, {
      get(target, key, receiver) {
        reads += 1;
        return Reflect.get(target, key, receiver);
      },
    });
    return { rules: counted, reads: () => reads };
  }

  it('builds the detector at start-up, not on the first message, and a look-up never builds it', () => {
    const { rules, reads } = countingRules();
    const core = createCore({
      ...realData(),
      rules,
      store: createMemoryStore(),
      logger: memoryLogger(),
      cooldownMs: 0,
      defaultLang: 'en',
    });
    core.lookup('10054', 'en');
    core.lookup('EPIPE', 'en');
    core.lookup('-3008', 'en');
    expect(reads()).toBe(0);
    core.warmUp();
    const built = reads();
    expect(built).toBeGreaterThan(0);
    core.scan('read ECONNRESET', 'en');
    core.warmUp();
    expect(reads()).toBe(built);
  });
});
