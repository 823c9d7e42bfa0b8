import type { Timestamp } from './timestamps.js';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const month = (name: string) => String(MONTHS.indexOf(name) + 1).padStart(2, '0');
const pad = (n: string | undefined) => (n ?? '').padStart(2, '0');

/**
 * A date as the paste writes it, as a key that sorts in time: `YYYYMMDD` for a date with its year
 * (ISO 8601, nginx's `2024/01/02`, Apache's `02/Jan/2024`, German `02.01.2024`), `MMDD` for
 * syslog's `Jan  2`, which has none. Keys of the two kinds do not compare (a year may have turned);
 * nor does `5/3/2024`, which is the 3rd of May or the 5th of March.
 */
function dateKey(date: string): { year: boolean; key: string } | null {
  const iso = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/.exec(date);
  if (iso) return { year: true, key: `${iso[1]}${pad(iso[2])}${pad(iso[3])}` };
  const dotted = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(date);
  if (dotted) return { year: true, key: `${dotted[3]}${pad(dotted[2])}${pad(dotted[1])}` };
  const apache = /^(\d{2})\/([A-Z][a-z]{2})\/(\d{4})$/.exec(date);
  if (apache) return { year: true, key: `${apache[3]}${month(apache[2] as string)}${apache[1]}` };
  const syslog = /^([A-Z][a-z]{2}) {1,2}(\d{1,2})$/.exec(date);
  if (syslog) return { year: false, key: `${month(syslog[1] as string)}${pad(syslog[2])}` };
  return null;
}

/**
 * The day a date names, the same however the log writes it (`2025-07-07` and `2025/07/07` are one
 * day); a date of no known form is itself.
 */
export function dayOf(date: string): string {
  return dateKey(date)?.key ?? date;
}

/**
 * When a paste first stamps an error: its first record's time, or where that record has none (a
 * title or a sentence quoting the error above the log, c225-043), its first stamped record's.
 */
export function firstStamp(error: {
  timestamp: Timestamp | null;
  sightings: readonly { timestamp: Timestamp | null }[];
}): Timestamp | null {
  return error.timestamp ?? error.sightings.find((seen) => seen.timestamp)?.timestamp ?? null;
}

/** A time of day as `hh:mm:ss` on a 24-hour clock: `9:02:07 PM` and `下午 09:02:07` are `21:02:07`. */
function timeKey(time: string): string {
  const m = /^(?:([上下])午 )?(\d{1,2}):(\d{2}):(\d{2})(?: ([AP])M)?$/.exec(time);
  if (!m) return time;
  let hour = Number(m[2]) % 12;
  if (m[1] === '下' || m[5] === 'P') hour += 12;
  else if (!m[1] && !m[5]) hour = Number(m[2]);
  return `${String(hour).padStart(2, '0')}:${m[3]}:${m[4]}`;
}

/**
 * Whether the paste's own timestamps say that `a` happened after `b`: false when they say the
 * opposite, the same instant (a second, where one has no fraction of it), or nothing that can be compared (one has no timestamp, one has a date
 * and the other none, dates of different kinds).
 */
export function happenedAfter(a: Timestamp | null, b: Timestamp | null): boolean {
  if (!a || !b) return false;
  if ((a.date !== undefined || b.date !== undefined) && a.date !== b.date) {
    if (a.date === undefined || b.date === undefined) return false;
    const da = dateKey(a.date);
    const db = dateKey(b.date);
    if (!da || !db || da.year !== db.year) return false;
    if (da.key !== db.key) return da.key > db.key;
  }
  const ta = timeKey(a.time);
  const tb = timeKey(b.time);
  if (ta !== tb) return ta > tb;
  // The same second: its fractions order a burst (a newest-first log to the millisecond), where
  // both write one; `.1` is `.100`.
  if (a.fraction === undefined || b.fraction === undefined) return false;
  return a.fraction.padEnd(9, '0') > b.fraction.padEnd(9, '0');
}
