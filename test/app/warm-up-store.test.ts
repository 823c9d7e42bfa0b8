import { describe, expect, it } from 'vitest';
import { warmUpStore } from '../../src/app/warm-up-store.js';
import { createMemoryStore } from '../../src/infra/store/index.js';

describe('warmUpStore', () => {
  it('reads the store and writes nothing to it', async () => {
    const store = createMemoryStore();
    const calls: string[] = [];
    const watched = new Proxy(store, {
      get(target, property, receiver) {
        const value = Reflect.get(target, property, receiver);
        if (typeof value !== 'function') return value;
        return (...args: unknown[]) => {
          calls.push(String(property));
          return value.apply(target, args);
        };
      },
    });
    await warmUpStore(watched);
    expect(calls.sort()).toEqual(['getSettings', 'recall']);
  });

  it('never fails, even when the store is down', async () => {
    const down = createMemoryStore();
    down.getSettings = async () => {
      throw new Error('down');
    };
    await expect(warmUpStore(down)).resolves.toBeUndefined();
  });
});
