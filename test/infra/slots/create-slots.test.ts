import { setTimeout as delay } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { createSlots } from '../../../src/infra/slots/index.js';

/** A download that ends when `finish()` is called, noting when it started. */
const pending = (started: string[], name: string) => {
  let finish = () => {};
  const work = () =>
    new Promise<string>((resolve) => {
      started.push(name);
      finish = () => resolve(name);
    });
  return { work, finish: () => finish() };
};

describe('slots', () => {
  it('runs at most `limit` jobs at once, and the next in order of arrival as one ends', async () => {
    const slots = createSlots(2, 10_000);
    const started: string[] = [];
    const [a, b, c, d] = ['a', 'b', 'c', 'd'].map((n) => pending(started, n));
    const runs = [a, b, c, d].map((p) => slots.run(p?.work ?? (async () => '')));
    await delay(10);
    expect(started).toEqual(['a', 'b']);
    b?.finish();
    await delay(10);
    expect(started).toEqual(['a', 'b', 'c']);
    a?.finish();
    c?.finish();
    await delay(10);
    d?.finish();
    expect(await Promise.all(runs)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('answers busy, without running it, a job that waited its whole turn in vain', async () => {
    const slots = createSlots(1, 30);
    const started: string[] = [];
    const first = pending(started, 'first');
    const running = slots.run(first.work);
    let ran = false;
    expect(
      await slots.run(async () => {
        ran = true;
      }),
    ).toBe('busy');
    expect(ran).toBe(false);
    first.finish();
    expect(await running).toBe('first');
    // The slot it held is free again; the one that gave up holds none.
    expect(await slots.run(async () => 'next')).toBe('next');
  });

  it('frees the slot of a job that throws', async () => {
    const slots = createSlots(1, 1000);
    await expect(slots.run(() => Promise.reject(new Error('reset')))).rejects.toThrow('reset');
    expect(await slots.run(async () => 'after')).toBe('after');
  });
});
