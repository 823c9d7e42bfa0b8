import type { Locale } from '../catalog/index.js';
import type { Platform } from '../platform.js';
import type { Settings } from '../ports/index.js';
import { normalizeLocale, prefersUserLocale, resolveLocale } from './locale.js';

/** What an input knows about its author's language. */
export interface LocaleHint {
  locale?: string;
  /** Called only when the answer depends on it (Slack `users.info`). */
  loadLocale?: () => Promise<string | undefined>;
}

/** The language of a reply: the channel setting and the user's locale, in the platform's precedence. */
export async function chooseReplyLocale(
  platform: Platform,
  settings: Settings,
  hint: LocaleHint,
  defaultLang: Locale,
): Promise<Locale> {
  let userLang = normalizeLocale(hint.locale);
  const userMatters = prefersUserLocale(platform) || settings.lang === undefined;
  if (userLang === undefined && userMatters && hint.loadLocale) {
    userLang = normalizeLocale(await hint.loadLocale().catch(() => undefined));
  }
  return resolveLocale(platform, settings.lang, userLang, defaultLang);
}
