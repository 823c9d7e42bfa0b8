/**
 * How many failures one log line stands for where the program that wrote it folded repeats into it:
 * Kubernetes' events (`Warning  Unhealthy  104s (x13 over 3m36s)  kubelet  Readiness probe failed: …`
 * in `kubectl describe`, `2m (x3 over 5m)` under `kubectl events`' LAST SEEN) and rsyslog's
 * `message repeated 5 times: [ … ]`. A probe refused thirteen times is a loop, not a one-off.
 */
const FOLDED = /\(x(\d{1,7}) over \d[\dhmsd.]{0,12}\)|\bmessage repeated (\d{1,7}) times: \[/;

/** How far into a line the count is looked for: both programs print it before the message. */
const FOLD_HEAD = 200;

/** The failures the start of a line stands for: its folded count, or 1. */
export function foldedRepeats(lineStart: string): number {
  const head = lineStart.length > FOLD_HEAD ? lineStart.slice(0, FOLD_HEAD) : lineStart;
  const newline = head.indexOf('\n');
  const m = FOLDED.exec(newline < 0 ? head : head.slice(0, newline));
  return m ? Math.max(Number(m[1] ?? m[2]), 1) : 1;
}

/**
 * The failures one record shows of an error mentioned at `starts` (sorted, in a record starting at
 * `from`): the folded counts of the lines they are on, or 1 where no line folds any. Lines are found
 * walking forward once, so a record of a million mentions is read in linear time.
 */
export function foldedFailures(text: string, from: number, starts: readonly number[]): number {
  let lineStart = from;
  let newline = text.indexOf('\n', from);
  let counted = -1;
  let sum = 0;
  for (const s of starts) {
    while (newline !== -1 && newline < s) {
      lineStart = newline + 1;
      newline = text.indexOf('\n', lineStart);
    }
    if (lineStart === counted) continue;
    counted = lineStart;
    const n = foldedRepeats(text.slice(lineStart, lineStart + FOLD_HEAD));
    if (n > 1) sum += n;
  }
  return sum > 0 ? sum : 1;
}

/** The folded count of a line a stream reads (`start` to `end`): from its window, or its kept head. */
export function foldsOfLine(text: string, base: number, start: number, end: number, head?: string): number {
  const to = Math.min(end, start + FOLD_HEAD);
  return foldedRepeats(
    start >= base ? text.slice(start - base, to - base) : (head ?? '').slice(0, to - start),
  );
}

/**
 * An error's failures as a stream adds them up (see `foldedFailures`); `foldLine`: the line of its
 * last record whose folded count it added, -1 none (the record counts 1), -2 the record not counted.
 */
export interface FoldCount {
  count: number;
  foldLine: number;
}

/** A further mention in the record last counted: a line of it that folds failures adds them. */
export function addFoldedLine(e: FoldCount, folds: number, line: number): void {
  if (folds < 2 || e.foldLine === -2 || e.foldLine === line) return;
  e.count += e.foldLine === -1 ? folds - 1 : folds;
  e.foldLine = line;
}
