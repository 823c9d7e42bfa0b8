import { LOCALES, type Locale } from '../catalog/index.js';
import type { DetectionRules, LocalizedMessage } from '../detect/index.js';

/**
 * The system message a Windows in `locale`'s language prints for an entry (`undefined` where none
 * was seen, and always for English: the catalog's `systemMessage` is that one).
 */
export type WindowsTexts = (id: string, locale: Locale) => string | undefined;

/** How well a variant reads on one line of a reply: on one line first, then with its full stop. */
const oneLineFit = (text: string) => (text.includes('\n') ? 0 : 2) + (/[.。]$/.test(text) ? 1 : 0);

/**
 * The texts of `data/detection/localized-messages.json` a reply may show as what a user's Windows
 * prints. Only texts seen beside their code: a weak one (`confidence: medium`: a mapping table, a
 * test fixture, a code read from the wording) could be another code's, or no Windows' at all, and a
 * reply that quotes it as the user's own system's words would mislead. Of the variants runtimes
 * print, the one on one line with its full stop is preferred; one seen only without its full stop
 * is shown as it was seen, never completed. Given as a loader (the CLI's), the file is read on the
 * first non-English explanation; given as a list, only the few texts kept here outlive the call.
 */
export function windowsTextsFrom(
  source: readonly LocalizedMessage[] | (() => readonly LocalizedMessage[]),
): WindowsTexts {
  let load: (() => readonly LocalizedMessage[]) | undefined =
    typeof source === 'function' ? source : undefined;
  let texts = load ? undefined : keep(source as readonly LocalizedMessage[]);
  return (id, locale) => {
    if (locale === 'en') return undefined;
    if (!texts && load) {
      texts = keep(load());
      load = undefined;
    }
    return texts?.get(`${locale}:${id}`);
  };
}

/** The texts a reply may show, by `lang:id`: in the languages replies are written in. */
function keep(messages: readonly LocalizedMessage[]): Map<string, string> {
  const texts = new Map<string, string>();
  for (const m of messages) {
    if ((m.confidence ?? 'high') !== 'high' || m.lang === 'en' || !LOCALES.some((l) => l === m.lang))
      continue;
    const key = `${m.lang}:${m.id}`;
    const known = texts.get(key);
    if (known === undefined || oneLineFit(m.text) > oneLineFit(known)) texts.set(key, m.text);
  }
  return texts;
}

/** Where a core's texts come from: a loader of its own, else the detection rules' (read lazily as they are). */
export function localizedOf(
  rules: DetectionRules | (() => DetectionRules),
): readonly LocalizedMessage[] | (() => readonly LocalizedMessage[]) {
  return typeof rules === 'function' ? () => rules().localized : rules.localized;
}
