import { LOCALES, type Locale } from '../catalog/index.js';
import type { Platform } from '../platform.js';

/**
 * Maps a platform locale (`zh-TW`, `zh_TW`, `zh-Hant-HK`, `en-US`) to one sockerr speaks, or
 * undefined. Only Traditional Chinese locales map to `zh-TW`: Simplified readers get English
 * unless they choose otherwise.
 */
export function normalizeLocale(raw: string | undefined): Locale | undefined {
  if (!raw) return undefined;
  const tag = raw.trim().replace(/_/g, '-').toLowerCase();
  if (tag === '') return undefined;
  if (
    /^zh-(tw|hk|mo|hant)\b/.test(tag) ||
    tag === 'zh-hant' ||
    tag === 'tw' ||
    tag === '中文' ||
    tag === '繁體中文'
  ) {
    return 'zh-TW';
  }
  if (tag === 'en' || tag.startsWith('en-')) return 'en';
  return LOCALES.find((l) => l.toLowerCase() === tag);
}

/**
 * Which wins when both a channel setting and the user's own locale exist. Slack: the channel's
 * choice (a workspace agrees on a language); Discord: the user's client language, which each
 * interaction carries.
 */
const PRECEDENCE = {
  slack: 'channel-first',
  discord: 'user-first',
  shell: 'channel-first',
} as const satisfies Record<Platform, 'channel-first' | 'user-first'>;

/** Whether the user's own locale beats the channel setting on this platform. */
export function prefersUserLocale(platform: Platform): boolean {
  return PRECEDENCE[platform] === 'user-first';
}

/** Picks the reply language from the channel setting, the user's locale and the default. */
export function resolveLocale(
  platform: Platform,
  channelLang: Locale | undefined,
  userLang: Locale | undefined,
  defaultLang: Locale,
): Locale {
  const order = PRECEDENCE[platform] === 'user-first' ? [userLang, channelLang] : [channelLang, userLang];
  return order.find((l): l is Locale => l !== undefined) ?? defaultLang;
}
