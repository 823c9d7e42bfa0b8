import type { Catalog, CatalogEntry, Locale } from '../catalog/index.js';
import { GROUP_OF, labelEntry, rankCategory, titleOf } from '../catalog/index.js';
import type { Finding } from '../detect/index.js';
import type { Translate } from '../i18n/index.js';
import { explainEntry } from './explain.js';
import { makeReply } from './make-reply.js';
import type { Reply } from './model.js';

/** A finding with its catalog entry, ready to be ordered. */
export interface TriageItem {
  entry: CatalogEntry;
  finding: Finding;
}

/** Most errors one triage reply lists; the rest are counted in a note. */
const MAX_TRIAGE_ITEMS = 10;

/**
 * Orders findings by what most likely happened first (category rank), then by how often they
 * occur, then by where they first appear. Findings whose id is not in the catalog are dropped.
 */
export function orderFindings(catalog: Catalog, findings: readonly Finding[]): TriageItem[] {
  return findings
    .map((finding) => ({ finding, entry: catalog.byId.get(finding.id) }))
    .filter((item): item is TriageItem => item.entry !== undefined)
    .sort(
      (a, b) =>
        rankCategory(a.entry.category) - rankCategory(b.entry.category) ||
        b.finding.count - a.finding.count ||
        a.finding.index - b.finding.index,
    );
}

/** One sentence on how the errors probably relate. */
function tellStory(items: TriageItem[], locale: Locale, t: Translate): string {
  const [first] = items;
  if (!first) return '';
  const later = [...new Set(items.slice(1).map((i) => i.entry.category))].filter(
    (c) => c !== first.entry.category,
  );
  const story = t(locale, 'triage.story', { first: t(locale, `story.${first.entry.category}`) });
  if (later.length === 0) return `${story} ${t(locale, 'triage.independent')}`;
  const laterText = later.map((c) => t(locale, `later.${c}`)).join(t(locale, 'triage.and'));
  return `${story} ${t(locale, 'triage.consequence', { later: laterText })}`;
}

function describeItem(item: TriageItem, n: number, locale: Locale, t: Translate): string {
  const { entry, finding } = item;
  const line = t(locale, 'triage.line', {
    n,
    label: labelEntry(entry),
    count: finding.count,
    category: t(locale, `category.${entry.category}`),
    group: t(locale, `group.${GROUP_OF[entry.category]}`),
    retry: t(locale, `retry.${entry.retryable}`),
  });
  const check = entry[locale].checks[0];
  const title = titleOf(entry);
  return `${line} — ${title}${check ? `\n    ${t(locale, 'triage.check', { check })}` : ''}`;
}

/**
 * The reply to a paste: one error gets its full explanation; several get one triage reply,
 * grouped, counted and ordered by what most likely happened first, with a likely story.
 * Low-confidence findings are only mentioned as "possibly also", unless nothing surer was found
 * (then the user, who asked, sees them as the answer).
 */
export function triageFindings(
  catalog: Catalog,
  findings: readonly Finding[],
  locale: Locale,
  t: Translate,
): Reply | null {
  const sure = findings.filter((f) => f.confidence !== 'low');
  const items = orderFindings(catalog, sure.length > 0 ? sure : findings);
  const possible =
    sure.length > 0
      ? orderFindings(
          catalog,
          findings.filter((f) => f.confidence === 'low'),
        )
      : [];
  const maybeLine = possible.length
    ? t(locale, 'triage.lowConfidence', { list: possible.map((i) => labelEntry(i.entry)).join(', ') })
    : undefined;
  const [only] = items;
  if (!only) return null;
  if (items.length === 1) {
    const reply = explainEntry(only.entry, locale, t);
    return maybeLine ? makeReply({ ...reply, footer: maybeLine }) : reply;
  }
  const shown = items.slice(0, MAX_TRIAGE_ITEMS);
  const lines = shown.map((item, i) => describeItem(item, i + 1, locale, t));
  if (items.length > shown.length)
    lines.push(t(locale, 'triage.cut', { count: items.length - shown.length }));
  const commands = shown.map((i) => `/sockerr ${i.entry.code ?? i.entry.name}`).join(' · ');
  return makeReply({
    kind: 'triage',
    title: t(locale, 'triage.title', { count: items.length }),
    subtitle: tellStory(items, locale, t),
    sections: [
      { text: lines.join('\n') },
      ...shown.map((item) => ({ heading: labelEntry(item.entry), text: item.entry[locale].summary })),
    ],
    footer: [t(locale, 'triage.details', { commands }), maybeLine].filter(Boolean).join('\n'),
    shortenedNote: t(locale, 'reply.shortened'),
  });
}
