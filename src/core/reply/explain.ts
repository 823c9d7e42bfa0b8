import type { CatalogEntry, Locale } from '../catalog/index.js';
import { labelEntry, titleOf } from '../catalog/index.js';
import { cutText } from '../cut-text.js';
import type { Translate } from '../i18n/index.js';
import type { Reading } from '../lookup/index.js';
import { writeButtonValue } from './button-value.js';
import { keepContext } from './kept-context.js';
import { learnMoreUrl } from './learn-more.js';
import { makeReply } from './make-reply.js';
import type { Reply } from './model.js';
import { checksFor } from './os-checks.js';
import { listOtherNames } from './other-names.js';
import { fillPlaceholders, type PasteContext } from './placeholders.js';
import { checksIn, meaningIn, retryIn } from './situation-checks.js';
import type { WindowsTexts } from './windows-texts.js';

/** `reset · retry: maybe · remote side`, the retry advice for what the paste shows (see `retryIn`). */
function describeCategory(entry: CatalogEntry, locale: Locale, t: Translate, context?: PasteContext): string {
  return [
    t(locale, `category.${entry.category}`),
    t(locale, 'explain.retry', { value: t(locale, `retry.${retryIn(entry, context)}`) }),
    t(locale, `group.${entry.group}`),
  ].join(' · ');
}

/** How a reading is named to a user, with the platform it holds on: "Linux errno 104". */
export function describeReading(reading: Reading, locale: Locale, t: Translate): string {
  switch (reading.kind) {
    case 'winsock':
      return t(locale, 'reading.winsock', { code: reading.code });
    case 'hresult':
      return t(locale, 'reading.hresult', { hresult: reading.hresult });
    case 'symbol':
    case 'posixName':
      return t(locale, `reading.${reading.kind}`, { symbol: reading.symbol });
    case 'dotnet':
      return t(locale, 'reading.dotnet', { member: reading.member });
    case 'python':
    case 'java':
    case 'rust':
      return t(locale, `reading.${reading.kind}`, { name: reading.name });
    case 'text':
      return t(locale, 'reading.text');
    case 'found':
      return t(locale, 'reading.found', { match: cutText(reading.match.replace(/\s+/g, ' '), 80) });
    case 'nodeCode':
      return t(locale, 'reading.nodeCode', { symbol: reading.symbol, number: reading.windows });
    case 'libuvEai':
      return t(locale, 'reading.libuvEai', { number: reading.number, name: reading.name });
    default:
      return t(locale, `reading.${reading.kind}`, { number: reading.number });
  }
}

export interface ExplainOptions {
  /** How the query named the entry; shown when it was not the entry's own code or name. */
  readings?: Reading[];
  /** Offer the "Share in channel" button (ephemeral answers to a command). */
  shareable?: boolean;
  /** The host, port… of the paste the error was found in, for the checks. */
  context?: PasteContext;
  /**
   * Fingerprints `context` (SHA-256 hex) for the key its buttons carry, so a press fills the checks
   * as this reply does; without it a press shows placeholders.
   */
  digest?: ((text: string) => string) | undefined;
  /**
   * Only what a reader needs at a glance (the summary, the names, the first causes and checks),
   * with a `more` button for the rest: an answer that fits where it is shown at once.
   */
  brief?: boolean;
  /** The system message Windows prints in the reply's language, shown beside Microsoft's English one. */
  windowsTexts?: WindowsTexts | undefined;
}

/** Causes and checks a brief explanation shows; the rest are one press away. */
const BRIEF_ITEMS = 2;

/** The full explanation of one error: what it means, its names everywhere, causes, checks, docs. */
export function explainEntry(
  entry: CatalogEntry,
  locale: Locale,
  t: Translate,
  options: ExplainOptions = {},
): Reply {
  const text = entry[locale];
  const { summary, causes } = meaningIn(text, options.context);
  const notable = (options.readings ?? []).filter((r) => r.kind !== 'winsock' && r.kind !== 'text');
  const readAs = notable.length
    ? t(locale, 'explain.readAs', {
        reading: notable.map((r) => describeReading(r, locale, t)).join(t(locale, 'list.separator')),
      })
    : '';
  // A sentence after an English full stop starts after a space; after Chinese '。', at once.
  const gap = readAs === '' || readAs.endsWith('。') ? '' : ' ';
  const sections: Reply['sections'] = [{ text: `${readAs}${gap}${summary}` }];
  if (entry.systemMessage) {
    // Logs from servers quote the English text; a reader's own Windows prints its language's. Only a
    // text seen in real output is shown: none is translated here.
    const local = options.windowsTexts?.(entry.id, locale);
    const lines = [`“${entry.systemMessage}”`];
    if (local) lines.push(t(locale, 'explain.windowsMessageLocal', { text: local }));
    sections.push({ heading: t(locale, 'explain.windowsMessage'), text: lines.join('\n') });
  }
  const others = listOtherNames(entry, locale, t);
  if (others.length > 0) sections.push({ heading: t(locale, 'explain.alsoSeenAs'), items: others });
  const keep = <T>(items: readonly T[]) => (options.brief ? items.slice(0, BRIEF_ITEMS) : [...items]);
  const checks = checksFor(checksIn(text, options.context), options.context);
  sections.push({ heading: t(locale, 'explain.causes'), items: keep(causes) });
  sections.push({
    heading: t(locale, 'explain.checks'),
    items: keep(checks).map((check) => fillPlaceholders(check, options.context)),
  });
  const calls = options.brief ? [] : (text.calls ?? []);
  const hidden =
    options.brief &&
    (causes.length > BRIEF_ITEMS || checks.length > BRIEF_ITEMS || (text.calls?.length ?? 0) > 0);
  if (calls.length > 0) {
    sections.push({
      heading: t(locale, 'explain.calls'),
      text: calls.join(t(locale, 'list.separator')),
    });
  }
  sections.push({ heading: t(locale, 'explain.learnMore'), text: learnMoreUrl(entry, locale) });
  // Only a reply with buttons keeps its context: a press is what reads it back.
  const kept = options.shareable || hidden ? keepContext(options.context, options.digest) : undefined;
  const button = { value: writeButtonValue(locale, entry.id, kept?.key), ...(kept ? { kept } : {}) };
  return makeReply({
    kind: 'explanation',
    locale,
    title: `${labelEntry(entry)} · ${titleOf(entry)}`,
    subtitle: describeCategory(entry, locale, t, options.context),
    sections,
    shortenedNote: t(locale, 'reply.shortenedExplanation'),
    actions: [
      ...(options.shareable ? [{ id: 'share' as const, label: t(locale, 'share.label'), ...button }] : []),
      ...(hidden ? [{ id: 'more' as const, label: t(locale, 'more.label'), ...button }] : []),
    ],
  });
}
