import type { Timestamp } from './timestamps.js';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const month = (name: string) => String(MONTHS.indexOf(name) + 1).padStart(2, '0');

/**
 * A date as the paste writes it, as a key that sorts in time: `YYYYMMDD` for a date with its year
 * (ISO 8601, nginx's `2024/01/02`, Apache's `02/Jan/2024`), `MMDD` for syslog's `Jan  2`, which
 * has none. Keys of the two kinds do not compare (a year may have turned).
 */
function dateKey(date: string): { year: boolean; key: string } | null {
  const iso = /^(\d{4})[-/](\d{2})[-/](\d{2})$/.exec(date);
  if (iso) return { year: true, key: `${iso[1]}${iso[2]}${iso[3]}` };
  const apache = /^(\d{2})\/([A-Z][a-z]{2})\/(\d{4})$/.exec(date);
  if (apache) return { year: true, key: `${apache[3]}${month(apache[2] as string)}${apache[1]}` };
  const syslog = /^([A-Z][a-z]{2}) {1,2}(\d{1,2})$/.exec(date);
  if (syslog)
    return { year: false, key: `${month(syslog[1] as string)}${(syslog[2] as string).padStart(2, '0')}` };
  return null;
}

/**
 * Whether the paste's own timestamps say that `a` happened after `b`: false when they say the
 * opposite, the same second, or nothing that can be compared (one has no timestamp, one has a date
 * and the other none, dates of different kinds). Times are `hh:mm:ss`, which sort as text.
 */
export function happenedAfter(a: Timestamp | null, b: Timestamp | null): boolean {
  if (!a || !b) return false;
  if (a.date !== undefined || b.date !== undefined) {
    if (a.date === undefined || b.date === undefined) return false;
    const da = dateKey(a.date);
    const db = dateKey(b.date);
    if (!da || !db || da.year !== db.year) return false;
    if (da.key !== db.key) return da.key > db.key;
  }
  return a.time > b.time;
}
