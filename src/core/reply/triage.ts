import type { Catalog, Locale } from '../catalog/index.js';
import { labelEntry, titleOf } from '../catalog/index.js';
import type { Finding } from '../detect/index.js';
import type { Translate } from '../i18n/index.js';
import type { Lookup } from '../lookup/index.js';
import type { AnswerCache } from './answer-cache.js';
import { linkToEarlier, type TriageError } from './causal-links.js';
import { explainEntryOnce } from './explain-once.js';
import { makeReply } from './make-reply.js';
import type { Reply } from './model.js';
import { checksFor } from './os-checks.js';
import { type PasteSetting, settingOfPaste } from './paste/paste-os.js';
import { contextOf, type Paste, type PasteError, readPaste } from './paste/read-paste.js';
import { dayOf, firstStamp } from './paste/time-order.js';
import { fillPlaceholders } from './placeholders.js';
import { checksIn, meaningIn, retryIn } from './situation-checks.js';
import type { WindowsTexts } from './windows-texts.js';

/** What a triage is built from. */
export interface TriageDeps {
  catalog: Catalog;
  t: Translate;
  lookup: Lookup;
  /** Where single explanations are kept between replies (without it, each is built again). */
  answers?: AnswerCache | undefined;
  /** Fingerprints a paste's context for its buttons (SHA-256 hex); without it a press loses the context. */
  hashText?: ((text: string) => string) | undefined;
  /** The system messages Windows prints in other languages (see `windows-texts.ts`). */
  windowsTexts?: WindowsTexts | undefined;
}

/** How a triage that answers a look-up differs from an auto-reply. */
export interface TriageOptions {
  /** Offer the "Share in channel" button on a single explanation. */
  shareable?: boolean;
  /** Say which text of the query named the error ("found as ECONNREFUSED"). */
  showMatch?: boolean;
  /** A single explanation keeps to what a reader needs at a glance, with a "More" button. */
  brief?: boolean;
}

const flat = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Most errors one triage reply lists; the rest are named in a note. */
const MAX_TRIAGE_ITEMS = 10;
/** Most errors that note names (`…` after them): a log of a hundred kinds stays within a message. */
const MAX_CUT_NAMES = 20;

/** The errors with their catalog entries, in the order they first appear. */
function withEntries(catalog: Catalog, errors: readonly PasteError[]): TriageError[] {
  return errors.flatMap((error) => {
    const entry = catalog.byId.get(error.finding.id);
    return entry ? [{ ...error, entry }] : [];
  });
}

/** The findings with `count` as the number of separate log records that show each. */
export function withCounts(findings: readonly Finding[], errors: readonly PasteError[]): Finding[] {
  const counts = new Map(errors.map((e) => [e.finding.id, e.count]));
  return findings.map((f) => ({ ...f, count: counts.get(f.id) ?? f.count }));
}

/** The findings of a paste with `count` as the number of separate log records that show each. */
export function countOccurrences(paste: Paste): Finding[] {
  return withCounts(paste.findings, readPaste(paste));
}

/** `10:02:07 `, or `2024-01-02 10:02:07 ` when the errors shown span several days. */
function timeOf(error: TriageError, showDate: boolean): string {
  const stamp = firstStamp(error);
  if (!stamp) return '';
  return `${showDate && stamp.date ? `${stamp.date} ` : ''}${stamp.time} `;
}

function describeError(
  errors: TriageError[],
  i: number,
  showDate: boolean,
  setting: PasteSetting,
  locale: Locale,
  t: Translate,
) {
  const error = errors[i] as TriageError;
  const { entry } = error;
  const context = { ...contextOf(error), ...setting };
  const line = t(locale, 'triage.line', {
    n: i + 1,
    time: timeOf(error, showDate),
    label: labelEntry(entry),
    count: error.count,
    category: t(locale, `category.${entry.category}`),
    retry: t(locale, 'explain.retry', { value: t(locale, `retry.${retryIn(entry, context)}`) }),
    title: titleOf(entry),
  });
  const link = linkToEarlier(errors, i, locale, t);
  const [check] = checksFor(checksIn(entry[locale], context), context);
  return [
    line,
    ...(link ? [`    ${link}`] : []),
    ...(check ? [`    ${t(locale, 'triage.check', { check: fillPlaceholders(check, context) })}`] : []),
  ].join('\n');
}

/**
 * The reply to a paste: one error gets its full explanation; several get one triage reply that
 * keeps to what the paste shows: the errors in the order they first appear, each with its number
 * of separate occurrences and its timestamp, a cause only where a known chain fits and the paste
 * links the two (see `linkToEarlier`), and checks filled with the paste's own hosts and ports.
 * Low-confidence findings are only mentioned as "possibly also", unless nothing surer was found.
 */
export function triagePaste(
  deps: TriageDeps,
  paste: Paste,
  locale: Locale,
  options: TriageOptions = {},
): Reply | null {
  return triageErrors(deps, readPaste(paste), locale, {
    ...options,
    text: paste.text,
    setting: settingOfPaste(paste.text, paste.findings),
  });
}

/**
 * The reply to the errors a paste shows (`readPaste`, or a log read as a stream), as
 * {@link triagePaste}; `text` is the paste (to tell whether a match is the whole of it).
 */
export function triageErrors(
  deps: TriageDeps,
  all: readonly PasteError[],
  locale: Locale,
  options: TriageOptions & { text?: string; setting?: PasteSetting } = {},
): Reply | null {
  const { t } = deps;
  const sure = all.filter((e) => e.finding.confidence !== 'low');
  const errors = withEntries(deps.catalog, sure.length > 0 ? sure : all);
  const possible =
    sure.length > 0
      ? withEntries(
          deps.catalog,
          all.filter((e) => e.finding.confidence === 'low'),
        )
      : [];
  const maybeLine = possible.length
    ? t(locale, 'triage.lowConfidence', {
        list: possible.map((e) => labelEntry(e.entry)).join(t(locale, 'list.separator')),
      })
    : undefined;
  const [only] = errors;
  if (!only) return null;
  if (errors.length === 1) {
    const reply = explainEntryOnce(deps.answers, only.entry, locale, t, {
      context: { ...contextOf(only), ...options.setting },
      digest: deps.hashText,
      shareable: options.shareable ?? false,
      brief: options.brief ?? false,
      windowsTexts: deps.windowsTexts,
      // Say which words named the error, unless they are the whole query.
      readings:
        options.showMatch && flat(only.finding.match) !== flat(options.text ?? '')
          ? [{ kind: 'found', match: only.finding.match }]
          : [],
    });
    // How often it recurs tells a retry loop from a one-off; a triage's lines say it as ×count.
    const repeated = only.count > 1 ? t(locale, 'triage.repeated', { count: only.count }) : undefined;
    const footer = [reply.footer, repeated, maybeLine].filter(Boolean).join('\n');
    return footer !== (reply.footer ?? '') ? makeReply({ ...reply, footer }) : reply;
  }
  const shown = errors.slice(0, MAX_TRIAGE_ITEMS);
  // Days, not the strings that write them: Traefik's `2025-07-07T…` beside a Go client's `2025/07/07 …` is one day.
  const dates = new Set(shown.flatMap((e) => firstStamp(e)?.date ?? []).map(dayOf));
  const lines = shown.map((_, i) =>
    describeError(shown, i, dates.size > 1, options.setting ?? {}, locale, t),
  );
  // Which errors are left out is said, not only how many: one of them may be the one that matters.
  const rest = errors.slice(shown.length);
  if (rest.length > 0) {
    const names = rest.slice(0, MAX_CUT_NAMES).map((e) => labelEntry(e.entry));
    const list = names.join(t(locale, 'list.separator')) + (rest.length > names.length ? '…' : '');
    lines.push(t(locale, 'triage.cut', { count: rest.length, list }));
  }
  const commands = shown.map((e) => deps.lookup.commandLine(e.entry)).join(' · ');
  return makeReply({
    kind: 'triage',
    locale,
    title: t(locale, 'triage.title', { count: errors.length }),
    subtitle: t(locale, 'triage.order'),
    sections: [
      { text: lines.join('\n') },
      ...shown.map((e) => ({
        heading: labelEntry(e.entry),
        text: meaningIn(e.entry[locale], { ...contextOf(e), ...options.setting }).summary,
      })),
    ],
    footer: [t(locale, 'triage.details', { commands }), maybeLine].filter(Boolean).join('\n'),
    shortenedNote: t(locale, 'reply.shortened'),
  });
}
