import { describe, expect, it } from 'vitest';
import { changesSettings } from '../../../src/core/index.js';

describe('changesSettings', () => {
  it('is true for the commands that change a channel’s settings, in either language', () => {
    for (const text of ['auto off', 'auto on', 'AUTO mention', 'lang zh-TW', 'language en', 'auto 關閉'])
      expect(changesSettings(text), text).toBe(true);
  });

  it('is true for a settings command whose value was not understood, as it is still run', () => {
    expect(changesSettings('auto sometimes')).toBe(true);
    expect(changesSettings('lang klingon')).toBe(true);
  });

  it('is false for everything that only answers the one who asked', () => {
    for (const text of [
      '',
      'help',
      '10054',
      'WSAECONNRESET',
      'connection reset',
      'status',
      'top 7d',
      'auto off\nECONNRESET',
    ])
      expect(changesSettings(text), text).toBe(false);
  });
});
