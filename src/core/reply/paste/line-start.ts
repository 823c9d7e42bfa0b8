import { isFenceLine } from './fence-line.js';
import { MAX_SHAPE, shapeOf } from './records.js';
import { hasTimeOfDay, hasTimestamp, startsWithIsoTime } from './timestamps.js';

/** A space or tab: an indented line has no Docker Compose prefix (it starts with a word). */
export const isIndent = (c: number) => c === 32 || c === 9;

/** Is `text[from, to)` an empty line: nothing, or the `\r` of a `\r\n`? */
export const isEmptyLine = (text: string, from: number, to: number) =>
  to === from || (to === from + 1 && text.charCodeAt(from) === 13);

/** Is `text[from, to)` all white space, as `trim` sees it? */
export function isBlank(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c > 32 || (c < 9 && c !== 32) || (c > 13 && c < 32)) {
      if (c < 128 || !/\s/.test(text[i] as string)) return false;
    }
  }
  return true;
}

/**
 * In a log whose lines start with timestamps: does the line `text[at, to)` start a record (a
 * timestamp, or a code fence)? The same test `line` makes once the log is known to be so.
 */
export function startsStampedRecord(text: string, at: number, to: number): boolean {
  if (startsWithIsoTime(text, at)) return true;
  if (isIndent(text.charCodeAt(at)))
    return (
      !isBlank(text, at, Math.min(to, at + MAX_SHAPE)) &&
      hasTimeOfDay(text, at, to) &&
      hasTimestamp(shapeOf(text, at, to))
    );
  const shape = shapeOf(text, at, to);
  return shape.trim() !== '' && (hasTimestamp(shape) || isFenceLine(shape));
}
