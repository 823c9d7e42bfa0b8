/** When a log line says it happened: its date (if written) and time of day, as the paste writes them. */
export interface Timestamp {
  date?: string;
  time: string;
}

const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)';
/**
 * The timestamp forms logs start their lines with, each anchored to a fixed shape (no nested or
 * adjacent unbounded quantifiers, so reading a line is linear): ISO 8601 and its space-separated
 * variants, nginx's `2024/01/02`, Apache's `02/Jan/2024:10:02:07`, syslog's `Jan  2 10:02:07`, and
 * a bare time of day.
 */
const FORMS: readonly { re: RegExp; date?: number; time: number }[] = [
  { re: /(\d{4}[-/]\d{2}[-/]\d{2})[T ](\d{2}:\d{2}:\d{2})/, date: 1, time: 2 },
  { re: new RegExp(`(\\d{2}/${MONTH}/\\d{4}):(\\d{2}:\\d{2}:\\d{2})`), date: 1, time: 2 },
  { re: new RegExp(`(${MONTH} {1,2}\\d{1,2}) (\\d{2}:\\d{2}:\\d{2})`), date: 1, time: 2 },
  // A bare time of day only at the very start of a line (`10:02:07 WARN`, `[10:02:07]`).
  { re: /^\[?(\d{2}:\d{2}:\d{2})(?:[.,]\d{1,9})?(?=[\]\s|,]|$)/, time: 1 },
];

/** How far into a line a timestamp may start and still be the line's own (`web_1  | 2024-…`). */
const LEAD = 48;

/** The timestamp a log line starts with, or null. */
export function readTimestamp(line: string): Timestamp | null {
  const head = line.slice(0, LEAD + 32);
  for (const form of FORMS) {
    const m = form.re.exec(head);
    if (!m || m.index > LEAD) continue;
    const time = m[form.time] as string;
    return form.date === undefined ? { time } : { date: m[form.date] as string, time };
  }
  return null;
}
