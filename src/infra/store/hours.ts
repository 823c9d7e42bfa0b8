/** Counts are kept in hourly buckets, numbered from the epoch, in every backend alike. */
export const HOUR_MS = 3_600_000;

/** Hours of counts kept when nothing else is configured (SOCKERR_RETENTION_DAYS = 30). */
export const DEFAULT_KEPT_HOURS = 30 * 24;

/** The bucket a moment falls in. */
export function hourOf(ms: number): number {
  return Math.floor(ms / HOUR_MS);
}

/** A run of buckets, both ends included; empty when `from > to`. */
export interface HourRange {
  from: number;
  to: number;
}

/**
 * The buckets a tally reads: the last `hours` (this one included) and the `hours` before them,
 * each cut to the `keptHours` newest buckets, so every backend reports the same whether or not
 * it has pruned yet.
 */
export function tallyRanges(
  nowMs: number,
  hours: number,
  keptHours: number,
): { current: HourRange; previous: HourRange } {
  const now = hourOf(nowMs);
  const oldestKept = now - keptHours + 1;
  return {
    current: { from: Math.max(now - hours + 1, oldestKept), to: now },
    previous: { from: Math.max(now - 2 * hours + 1, oldestKept), to: now - hours },
  };
}

/** The buckets of a range, oldest first. */
export function hoursIn(range: HourRange): number[] {
  const out: number[] = [];
  for (let h = range.from; h <= range.to; h += 1) out.push(h);
  return out;
}

/** Adds up `id → count` maps into the list the port returns. */
export function toCounts(totals: ReadonlyMap<string, number>): { id: string; count: number }[] {
  return [...totals].filter(([, count]) => count > 0).map(([id, count]) => ({ id, count }));
}
