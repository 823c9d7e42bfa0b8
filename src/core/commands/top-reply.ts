import type { Locale } from '../catalog/index.js';
import { labelEntry } from '../catalog/index.js';
import { type CoreContext, channelKey, workspaceKey } from '../context.js';
import type { Translate } from '../i18n/index.js';
import { isStoreUnavailable, type SeenCount, type SeenTally } from '../ports/index.js';
import type { Reply } from '../reply/index.js';
import { makeReply } from '../reply/index.js';
import type { ChannelRef } from '../types.js';

/** Lines in a top list; the rest are summed up in one line. */
const TOP_LIMIT = 10;
/** Characters in a bar: short enough for a phone, long enough to compare. */
const BAR_WIDTH = 10;

/**
 * A bar drawn with full and light-shade blocks, always `BAR_WIDTH` long: inside a code span it
 * is monospaced everywhere (Slack mrkdwn, Discord, a terminal), so the text after it lines up.
 */
export function drawBar(count: number, max: number): string {
  const filled = max > 0 && count > 0 ? Math.max(1, Math.round((count / max) * BAR_WIDTH)) : 0;
  return '█'.repeat(filled) + '░'.repeat(BAR_WIDTH - filled);
}

/** `new`, `▲ 3×`, `▼ from 12` or `=`, against the period before. */
export function describeChange(t: Translate, locale: Locale, count: number, before: number): string {
  if (before === 0) return t(locale, 'top.change.new');
  if (count === before) return t(locale, 'top.change.same');
  if (count < before) return t(locale, 'top.change.down', { previous: before });
  const factor = count / before;
  return t(locale, 'top.change.up', {
    factor: factor >= 10 ? Math.round(factor) : Math.round(factor * 10) / 10,
  });
}

/** `24 hours`, `7 days`. */
function periodName(t: Translate, locale: Locale, hours: number): string {
  return hours % 24 === 0 && hours > 24
    ? t(locale, 'top.days', { n: hours / 24 })
    : t(locale, 'top.hours', { n: hours });
}

/** A polite correction for `/sockerr top 5y`. */
export function badPeriodReply(ctx: CoreContext, locale: Locale): Reply {
  return makeReply({
    kind: 'usage',
    locale,
    title: ctx.t(locale, 'top.usageTitle'),
    sections: [{ text: ctx.t(locale, 'top.badPeriod') }],
  });
}

const total = (counts: readonly SeenCount[]) => counts.reduce((n, c) => n + c.count, 0);

/**
 * `/sockerr top [24h|7d|30d]`: the errors seen in this channel (or, for App Home, in its whole
 * workspace) over the period, most frequent
 * first, each with its count, a bar and the change against the period of the same length before.
 */
export async function topReply(
  ctx: CoreContext,
  channel: ChannelRef,
  locale: Locale,
  hours: number,
  scope: 'channel' | 'workspace' = 'channel',
): Promise<Reply> {
  const { t } = ctx;
  const period = periodName(t, locale, hours);
  // The workspace's list (App Home) adds up every channel of the workspace.
  const ws = scope === 'workspace' ? 'Workspace' : '';
  const title = t(locale, `top.title${ws}`, { period });
  let tally: SeenTally;
  try {
    tally =
      scope === 'workspace'
        ? await ctx.store.tallySeenUnder(workspaceKey(channel), hours)
        : await ctx.store.tallySeen(channelKey(channel), hours);
  } catch (error) {
    if (!isStoreUnavailable(error)) throw error;
    return makeReply({ kind: 'settings', locale, title, sections: [{ text: t(locale, 'top.unavailable') }] });
  }
  const compared = 2 * hours <= tally.keptHours;
  const keptDays = Math.floor(tally.keptHours / 24);
  const before = new Map(tally.previous.map((c) => [c.id, c.count]));
  const ranked = tally.current
    .filter((c) => ctx.catalog.byId.has(c.id))
    .sort((a, b) => b.count - a.count || a.id.localeCompare(b.id));
  const max = ranked[0]?.count ?? 0;
  const lines = ranked.slice(0, TOP_LIMIT).map(({ id, count }) => {
    const entry = ctx.catalog.byId.get(id);
    const change = compared ? describeChange(t, locale, count, before.get(id) ?? 0) : '';
    const label = entry ? labelEntry(entry) : id;
    return t(locale, 'top.line', { bar: drawBar(count, max), count, label, change }).trimEnd();
  });
  const rest = ranked.slice(TOP_LIMIT);
  if (rest.length > 0) lines.push(t(locale, 'top.more', { kinds: rest.length, count: total(rest) }));
  const sections = [];
  if (lines.length > 0) sections.push({ text: lines.join('\n') });
  else if (compared && total(tally.previous) > 0)
    sections.push({ text: t(locale, 'top.emptyBefore', { period, previous: total(tally.previous) }) });
  else sections.push({ text: t(locale, `top.empty${ws}`, { period }) });
  if (hours > tally.keptHours) sections.push({ text: t(locale, 'top.partial', { days: keptDays }) });
  // English counts one sighting, not `1 sightings`.
  const one = total(ranked) === 1 ? 'One' : '';
  const subtitle = compared
    ? t(locale, `top.summary${one}`, { total: total(ranked), period })
    : t(locale, `top.summaryNoCompare${one}`, { total: total(ranked), days: keptDays });
  return makeReply({
    kind: 'settings',
    locale,
    title,
    ...(lines.length > 0 ? { subtitle } : {}),
    sections,
    footer: t(locale, `top.footer${ws}`),
  });
}
