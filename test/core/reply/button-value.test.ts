import { describe, expect, it } from 'vitest';
import { readButtonValue, writeButtonValue } from '../../../src/core/reply/button-value.js';
import { realCatalog } from '../../helpers/core.js';

const KEY = '0123456789abcdef0123';

describe('button values', () => {
  it('round-trips the language, the entry and the key of a kept context', () => {
    expect(readButtonValue(writeButtonValue('zh-TW', '10061', KEY))).toEqual({
      lang: 'zh-TW',
      id: '10061',
      key: KEY,
    });
    expect(readButtonValue(writeButtonValue('en', 'EPIPE'))).toEqual({ lang: 'en', id: 'EPIPE' });
  });

  it('keeps the catalog id alone after the first colon, as earlier versions read it', () => {
    for (const entry of realCatalog().entries) {
      const value = writeButtonValue('zh-TW', entry.id, KEY);
      expect(value.split(':').slice(1).join(':')).toBe(entry.id);
    }
  });

  it('reads a value it did not write as a language and a query', () => {
    expect(readButtonValue('en:connect:refused')).toEqual({ lang: 'en', id: 'connect:refused' });
    expect(readButtonValue('en~nokey:10061')).toEqual({ lang: 'en~nokey', id: '10061' });
    expect(readButtonValue('')).toEqual({ lang: '', id: '' });
  });
});
