import { describe, expect, it } from 'vitest';
import { cutText } from '../../src/core/cut-text.js';
import { testCore } from '../helpers/core.js';
import { channel, user } from './create-core-inputs.js';

/** No lone surrogate: each half of a pair stands beside its other half. */
const wellFormed = (text: string) =>
  !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text);

describe('cutText', () => {
  it('keeps at most the given number of code units, never half a surrogate pair', () => {
    expect(cutText('abcdef', 4)).toBe('abcd');
    expect(cutText('abc', 10)).toBe('abc');
    // '😭' is two code units: a cut after 3 would keep its first half alone.
    expect(cutText('a😭😭', 4)).toBe('a😭');
    expect(cutText('😭😭', 3)).toBe('😭');
    expect(cutText('😭', 1)).toBe('');
  });
});

describe('text a user gave, echoed back shortened', () => {
  const { core } = testCore();

  it('cuts a long query of emoji between two characters, so no half pair shows as �', async () => {
    for (const text of ['😭'.repeat(60), `a${'😭'.repeat(60)}`]) {
      const reply = await core.command({ text, channel, user });
      expect(reply.title).toMatch(/^“a?😭+…” is not a socket error I know$/u);
      expect(wellFormed(reply.title)).toBe(true);
      expect(wellFormed(reply.fallback)).toBe(true);
      expect(wellFormed(core.lookup(text, 'en').reply.title)).toBe(true);
    }
  });

  it('cuts the name of a file it did not read between two characters too', async () => {
    const name = `a${'📄'.repeat(80)}.log`;
    const reply = await core.explainMessage({
      text: 'lunch?',
      channel,
      user,
      unreadFiles: [{ name, reason: 'too-large' }],
    });
    const item = reply.sections.at(-1)?.items?.[0] ?? '';
    expect(item).toMatch(/^a📄+: larger than/u);
    expect(wellFormed(item)).toBe(true);
  });
});
