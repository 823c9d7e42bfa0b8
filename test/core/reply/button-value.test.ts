import { describe, expect, it } from 'vitest';
import { readButtonValue, writeButtonValue } from '../../../src/core/reply/button-value.js';

describe('button values', () => {
  it('round-trips the language, the entry and the key of a kept context', () => {
    const key = '0123456789abcdef0123';
    expect(readButtonValue(writeButtonValue('zh-TW', '10061', key))).toEqual({
      lang: 'zh-TW',
      id: '10061',
      key,
    });
    expect(readButtonValue(writeButtonValue('en', 'EAI_AGAIN'))).toEqual({ lang: 'en', id: 'EAI_AGAIN' });
  });

  it('reads a value it did not write as a language and a query', () => {
    expect(readButtonValue('en:connect:refused')).toEqual({ lang: 'en', id: 'connect:refused' });
    expect(readButtonValue('en:0123456789abcdef0123')).toEqual({ lang: 'en', id: '0123456789abcdef0123' });
    expect(readButtonValue('')).toEqual({ lang: '', id: '' });
  });
});
