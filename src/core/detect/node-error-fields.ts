/**
 * Node's util.inspect prints an error as its head line, its stack, and its own fields in braces after
 * the last frame: `Error: write EPIPE` / `    at afterWriteDispatched (…)` / `    at … {` /
 * `  errno: -32,` / `  code: 'EPIPE',` / `  syscall: 'write'` / `}`. The fields are that error's, so
 * where its head line was read as no error (a pipe into head, an application's own wording) they are
 * none either, however long the stack between them (corpus c234-035: the head 850 characters up).
 */

import { PATTERNS } from './patterns.js';

const FIELD = PATTERNS.nodeErrorField;
const FRAME = PATTERNS.nodeStackFrame;
/** How many lines up the head may be: a long stack, not a whole log. */
const MAX_LINES = 80;
/** How far back a field's own line may start: a property name and a colon come first. */
const FIELD_REACH = 64;
/** How far up the head may be, in characters: eighty frames, bounded so a hostile paste stays linear. */
const MAX_REACH = 16_000;

/**
 * `[start, end)` of the line before the one starting at `start`, or null at the text's start or where
 * that line starts more than MAX_REACH characters up (lastIndexOf then stops looking, so each call on
 * a long line costs a bounded scan).
 */
function lineBefore(text: string, start: number): [number, number] | null {
  if (start === 0) return null;
  const end = text.charCodeAt(start - 2) === 13 ? start - 2 : start - 1;
  const floor = Math.max(0, end - MAX_REACH);
  for (let i = end - 1; i >= floor; i--) if (text.charCodeAt(i) === 10) return [i + 1, end];
  return floor === 0 ? [0, end] : null;
}

/**
 * Where the head line of the Node error whose fields hold `pos` starts, or -1 when `pos` is on no
 * field line of such a record.
 */
export function nodeErrorHeadOf(text: string, pos: number): number {
  const floor = Math.max(0, pos - MAX_REACH);
  let start = pos;
  while (start > 0 && pos - start <= FIELD_REACH && text.charCodeAt(start - 1) !== 10) start--;
  if (pos - start > FIELD_REACH || !FIELD.test(text.slice(start, start + 52))) return -1;
  let line = lineBefore(text, start);
  for (let n = 0; line && n < MAX_LINES && FIELD.test(text.slice(line[0], line[0] + 52)); n++) {
    start = line[0];
    line = lineBefore(text, start);
  }
  // The fields open after the last frame (or after the head, when no stack was printed).
  if (!line || !text.slice(line[0], line[1]).trimEnd().endsWith(' {')) return -1;
  for (let n = 0; line && n < MAX_LINES && line[0] >= floor; n++) {
    const [from, to] = line;
    if (!FRAME.test(text.slice(from, to))) return from;
    line = lineBefore(text, from);
  }
  return -1;
}
