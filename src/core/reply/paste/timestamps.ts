/** When a log line says it happened: its date (if written) and time of day, as the paste writes them. */
export interface Timestamp {
  date?: string;
  time: string;
  /** The digits after the second, where the log writes them (`.123`, `,123`): a burst's order. */
  fraction?: string;
}

const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)';
/**
 * The timestamp forms logs start their lines with, each anchored to a fixed shape (no nested or
 * adjacent unbounded quantifiers, so reading a line is linear): ISO 8601 and its space-separated
 * variants, nginx's `2024/01/02`, Apache's `02/Jan/2024:10:02:07`, syslog's `Jan  2 10:02:07`, klog's
 * `E1206 10:02:07.123456`, and a bare time of day.
 */
const FORMS: readonly { re: RegExp; date?: number; time: number; fraction?: number }[] = [
  // Tendermint's and CometBFT's `E[2021-08-12|16:57:23.696]` put a bar between them.
  {
    re: /(\d{4}[-/]\d{2}[-/]\d{2})[T |](\d{2}:\d{2}:\d{2})(?:[.,](\d{1,9}))?/,
    date: 1,
    time: 2,
    fraction: 3,
  },
  // What .NET's DateTime and Windows' Event Viewer print in other locales: Japanese `2024/05/02
  // 9:02:07`, Taiwanese `2024/5/2 下午 09:02:07`, German `02.05.2024 10:02:07`, US `5/2/2024 9:02:07 PM`.
  { re: /(\d{4}\/\d{1,2}\/\d{1,2}) ((?:[上下]午 )?\d{1,2}:\d{2}:\d{2})/, date: 1, time: 2 },
  { re: /(?<![\d.])(\d{1,2}\.\d{1,2}\.\d{4}),? (\d{1,2}:\d{2}:\d{2})/, date: 1, time: 2 },
  { re: /(?<![\d/])(\d{1,2}\/\d{1,2}\/\d{4}),? (\d{1,2}:\d{2}:\d{2}(?: [AP]M\b)?)/, date: 1, time: 2 },
  { re: new RegExp(`(\\d{2}/${MONTH}/\\d{4}):(\\d{2}:\\d{2}:\\d{2})`), date: 1, time: 2 },
  { re: new RegExp(`(${MONTH} {1,2}\\d{1,2}) (\\d{2}:\\d{2}:\\d{2})`), date: 1, time: 2 },
  // Kubernetes' klog (`E1206 10:02:07.123456    1 reflector.go:138] …`): a level letter and the month
  // and day without a year, then the time; the time is what the line says of when.
  { re: /^[IWEF]\d{4} (\d{2}:\d{2}:\d{2})\.(\d{6})\b/, time: 1, fraction: 2 },
  // A bare time of day only at the very start of a line (`10:02:07 WARN`, `[10:02:07]`).
  { re: /^\[?(\d{2}:\d{2}:\d{2})(?:[.,](\d{1,9}))?(?=[\]\s|,]|$)/, time: 1, fraction: 2 },
];

/**
 * Words of a sentence before a date (`Backup job started at 2024-01-02 10:00:00`): a line that says
 * when something happened, not a log line stamped when it was written. A log's own prefixes are a
 * level, a name or a bracket (`ERROR main`, `Jicofo`, `web_1  |`), not two lower-case words in a row.
 */
const PROSE = /(?:^|\s)[a-z]{2,} [a-z]{2,} /;

/** How far into a line a timestamp may start and still be the line's own (`web_1  | 2024-…`). */
const LEAD = 48;

/** The timestamp a log line starts with, or null. */
export function readTimestamp(line: string): Timestamp | null {
  const head = line.slice(0, LEAD + 32);
  for (const form of FORMS) {
    const m = form.re.exec(head);
    if (!m || m.index > LEAD || PROSE.test(head.slice(0, m.index))) continue;
    const stamp: Timestamp =
      form.date === undefined
        ? { time: m[form.time] as string }
        : { date: m[form.date] as string, time: m[form.time] as string };
    const fraction = form.fraction === undefined ? undefined : m[form.fraction];
    if (fraction) stamp.fraction = fraction;
    return stamp;
  }
  return null;
}

const isDigit = (c: number) => c >= 48 && c <= 57;
const isDateSeparator = (c: number) => c === 45 || c === 47;
/** Where `YYYY-MM-DD hh:mm:ss` has digits. */
const ISO_DIGITS = [0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18];

/**
 * Does `text` have `YYYY-MM-DD[T ]hh:mm:ss` (ISO 8601, or `2024/01/02`) at `at`? Such a line has a
 * timestamp (`readTimestamp`'s first form), and no Docker Compose prefix (its `:` comes first).
 * Asked of every line of a log: character tests, no allocation.
 */
export function startsWithIsoTime(text: string, at = 0): boolean {
  // A line too short for one has none; reading past the text's end would deoptimize the caller.
  if (at + 18 >= text.length) return false;
  for (const i of ISO_DIGITS) if (!isDigit(text.charCodeAt(at + i))) return false;
  const t = text.charCodeAt(at + 10);
  return (
    isDateSeparator(text.charCodeAt(at + 4)) &&
    isDateSeparator(text.charCodeAt(at + 7)) &&
    (t === 84 || t === 32) &&
    text.charCodeAt(at + 13) === 58 &&
    text.charCodeAt(at + 16) === 58
  );
}

/**
 * Has `text[from, to)` (a line) `d:dd:dd`, which every timestamp form has (most as `dd:dd:dd`), in
 * the part a timestamp is read from (its first {@link LEAD} + 32 characters)?
 */
export function hasTimeOfDay(text: string, from = 0, to = text.length): boolean {
  const limit = Math.min(to, from + LEAD + 32);
  for (let i = text.indexOf(':', from); i >= 0 && i < limit; i = text.indexOf(':', i + 1)) {
    if (
      i - 1 >= from &&
      isDigit(text.charCodeAt(i - 1)) &&
      isDigit(text.charCodeAt(i + 1)) &&
      isDigit(text.charCodeAt(i + 2)) &&
      text.charCodeAt(i + 3) === 58 &&
      isDigit(text.charCodeAt(i + 4)) &&
      isDigit(text.charCodeAt(i + 5))
    )
      return true;
  }
  return false;
}

/**
 * Does a log line start with a timestamp (`readTimestamp` is not null)? Asked of every line of a
 * log, so the common ISO form, and a line without a time of day, are told without the regexes.
 */
export function hasTimestamp(line: string): boolean {
  if (startsWithIsoTime(line)) return true;
  return hasTimeOfDay(line) && readTimestamp(line) !== null;
}
