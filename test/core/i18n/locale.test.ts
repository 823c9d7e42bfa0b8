import { describe, expect, it } from 'vitest';
import type { Locale } from '../../../src/core/catalog/types.js';
import { chooseReplyLocale, normalizeLocale } from '../../../src/core/i18n/index.js';
import type { Platform } from '../../../src/core/platform.js';

describe('normalizeLocale', () => {
  it.each([
    // Slack's and Discord's own tag, and $LANG's spelling.
    'zh-TW',
    'zh_TW',
    'zh_TW.UTF-8',
    // Other Traditional Chinese readers: Hong Kong, Macau, and the script tag itself.
    'zh-HK',
    'zh-MO',
    'zh-Hant',
    'zh-Hant-TW',
    'zh-Hant-HK',
  ])('reads %s as Traditional Chinese', (tag) => {
    expect(normalizeLocale(tag)).toBe('zh-TW');
  });

  it.each(['zh-CN', 'zh-SG', 'zh-Hans', 'zh-Hans-TW', 'zh'])(
    'gives %s (Simplified, or no script) no language of its own, so the channel or default decides',
    (tag) => {
      expect(normalizeLocale(tag)).toBeUndefined();
    },
  );

  it('reads every English locale as English and others as none', () => {
    for (const tag of ['en', 'en-US', 'en-GB', 'en_US.UTF-8']) expect(normalizeLocale(tag), tag).toBe('en');
    for (const tag of ['ja', 'ko', 'fr', '', '  ', undefined])
      expect(normalizeLocale(tag), String(tag)).toBeUndefined();
  });
});

describe('chooseReplyLocale', () => {
  const choose = (
    platform: Platform,
    lang: Locale | undefined,
    user: string | undefined,
    fallback: Locale = 'en',
  ) => chooseReplyLocale(platform, lang ? { lang } : {}, { ...(user ? { locale: user } : {}) }, fallback);

  it('answers a Slack user whose locale is zh-TW in Chinese, unless the channel chose a language', async () => {
    expect(await choose('slack', undefined, 'zh-TW')).toBe('zh-TW');
    expect(await choose('slack', 'en', 'zh-TW')).toBe('en');
  });

  it('answers a Discord interaction in its zh-TW locale, before the channel setting', async () => {
    expect(await choose('discord', undefined, 'zh-TW')).toBe('zh-TW');
    expect(await choose('discord', 'en', 'zh-TW')).toBe('zh-TW');
  });

  it('answers a Simplified Chinese user in the channel language, else the default, never as if they chose English', async () => {
    for (const platform of ['slack', 'discord'] as const) {
      expect(await choose(platform, undefined, 'zh-CN'), platform).toBe('en');
      expect(await choose(platform, undefined, 'zh-CN', 'zh-TW'), platform).toBe('zh-TW');
      expect(await choose(platform, 'zh-TW', 'zh-CN'), platform).toBe('zh-TW');
    }
  });

  it('asks Slack for the locale only when the answer depends on it', async () => {
    let asked = 0;
    const loadLocale = async () => {
      asked += 1;
      return 'zh-Hant-HK';
    };
    expect(await chooseReplyLocale('slack', {}, { loadLocale }, 'en')).toBe('zh-TW');
    expect(await chooseReplyLocale('slack', { lang: 'en' }, { loadLocale }, 'en')).toBe('en');
    expect(asked).toBe(1);
    // A failed look-up (users.info down) is no preference, not an error.
    const failing = async () => Promise.reject(new Error('ratelimited'));
    expect(await chooseReplyLocale('slack', {}, { loadLocale: failing }, 'zh-TW')).toBe('zh-TW');
  });
});
