/**
 * Docker's json-file log driver writes each line as a record: `{"log":"` before it and, after its
 * `\n` (escaped), `","stream":"stderr","time":"…"}`. Masked as blanks (line-prefixes.ts), each
 * record put some seventy characters and a blank line between two lines of a trace, and what a rule
 * reads near a mention (a .NET cancellation's exception within 300 characters) fell out of reach:
 * 16 of the corpus' negatives gained a high finding in the transport eval's docker-json-file form,
 * and 23 pastes lost their reading. Taken out, the lines read as the program wrote them. Each part
 * is a match of its own (the opening and the closing of a record need not be read in one piece of a
 * stream, which holds back one the next piece may finish: it looks RECORD_REACH characters back,
 * more than the longest part); both are JSON no message holds (`PATTERNS.invisible`). The rest of a
 * record with `attrs` before its time (the driver's `labels` option) is not recognised, here or by
 * line-prefixes.ts.
 */
export const RECORD_REACH = 80;
const RECORD_OPEN = '{"log":"';
/** A record's rest up to its time: from the line's escaped `\n` (a `\r` before it taken off first). */
const RECORD_RESTS = ['\\n","stream":"stdout","time":"', '\\n","stream":"stderr","time":"'];
export const mayHoldRecord = (text: string) => text.includes(RECORD_OPEN) || text.includes('","stream":"std');
/** A character of a record's time (`2026-01-05T10:00:00.123456789Z`, `+01:00`). */
const isTimeCode = (c: number) =>
  (c >= 48 && c <= 58) || c === 84 || c === 90 || c === 43 || c === 45 || c === 46;

/** Is the text from `from` to `to` the start of a record's part that has not ended there? */
export function beginsRecordPart(text: string, from: number, to: number): boolean {
  let part = text.slice(from, to);
  if (part.length < RECORD_OPEN.length && RECORD_OPEN.startsWith(part)) return true;
  if (part.startsWith('\\r')) part = part.slice(2);
  for (const rest of RECORD_RESTS) {
    if (rest.startsWith(part)) return true;
    if (!part.startsWith(rest)) continue;
    // Into its time: at most 40 characters of one, and its closing quote.
    let i = rest.length;
    while (i < part.length && i - rest.length < 40 && isTimeCode(part.charCodeAt(i))) i++;
    return i === part.length || (i === part.length - 1 && part.endsWith('"'));
  }
  return false;
}
