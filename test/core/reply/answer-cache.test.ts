import { describe, expect, it } from 'vitest';
import { createAnswerCache } from '../../../src/core/reply/answer-cache.js';
import { makeReply } from '../../../src/core/reply/make-reply.js';

const reply = (title: string) =>
  makeReply({ kind: 'explanation', title, sections: [{ heading: 'Causes', items: ['a', 'b'] }] });

describe('createAnswerCache', () => {
  it('builds an answer once and hands out the same frozen reply after', () => {
    const answers = createAnswerCache(4);
    let built = 0;
    const build = () => {
      built += 1;
      return reply('10054');
    };
    const first = answers('en:10054', build);
    expect(answers('en:10054', build)).toBe(first);
    expect(built).toBe(1);
    expect(Object.isFrozen(first)).toBe(true);
    expect(Object.isFrozen(first.sections[0]?.items)).toBe(true);
    expect(() => {
      (first.sections as unknown[]).push({ text: 'changed' });
    }).toThrow();
  });

  it('forgets the least recently used answer beyond its limit', () => {
    const answers = createAnswerCache(2);
    const a = answers('a', () => reply('a'));
    answers('b', () => reply('b'));
    expect(answers('a', () => reply('a again'))).toBe(a);
    const c = answers('c', () => reply('c'));
    // `b` was the least recently used: it is gone, `a` and `c` are kept.
    expect(answers('a', () => reply('a once more'))).toBe(a);
    expect(answers('c', () => reply('c again'))).toBe(c);
    expect(answers('b', () => reply('b again')).title).toBe('b again');
  });

  it('keeps no answer to a long query, such as a pasted trace', () => {
    const answers = createAnswerCache(2);
    const long = 'x'.repeat(1000);
    const first = answers(long, () => reply('trace'));
    expect(answers(long, () => reply('trace'))).not.toBe(first);
    expect(Object.isFrozen(first)).toBe(false);
  });
});
