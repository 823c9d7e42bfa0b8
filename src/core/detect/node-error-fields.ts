/**
 * Node's util.inspect prints an error as its head line, its stack, and its own fields in braces after
 * the last frame: `Error: write EPIPE` / `    at afterWriteDispatched (…)` / `    at … {` /
 * `  errno: -32,` / `  code: 'EPIPE',` / `  syscall: 'write'` / `}`. The fields are that error's, so
 * where its head line was read as no error (a pipe into head, an application's own wording) they are
 * none either, however long the stack between them (corpus c234-035: the head 850 characters up).
 */

/** One inspected field: two to eight spaces, a property name, a colon. */
const FIELD = /^ {2,8}[A-Za-z_$][\w$]{0,40}: /;
/** A stack frame, or the line Node puts between two stacks. */
const FRAME = /^\s{1,12}at |^Emitted 'error' event on .{1,80} at:\s*$/;
/** How many lines up the head may be: a long stack, not a whole log. */
const MAX_LINES = 80;

/** `[start, end)` of the line before the one starting at `start`, or null at the text's start. */
function lineBefore(text: string, start: number): [number, number] | null {
  if (start === 0) return null;
  const end = text.charCodeAt(start - 2) === 13 ? start - 2 : start - 1;
  return [text.lastIndexOf('\n', end - 1) + 1, end];
}

/**
 * Where the head line of the Node error whose fields hold `pos` starts, or -1 when `pos` is on no
 * field line of such a record.
 */
export function nodeErrorHeadOf(text: string, pos: number): number {
  let start = text.lastIndexOf('\n', pos - 1) + 1;
  if (!FIELD.test(text.slice(start, start + 52))) return -1;
  let line = lineBefore(text, start);
  for (let n = 0; line && n < MAX_LINES && FIELD.test(text.slice(line[0], line[0] + 52)); n++) {
    start = line[0];
    line = lineBefore(text, start);
  }
  // The fields open after the last frame (or after the head, when no stack was printed).
  if (!line || !text.slice(line[0], line[1]).trimEnd().endsWith(' {')) return -1;
  for (let n = 0; line && n < MAX_LINES; n++) {
    const [from, to] = line;
    if (!FRAME.test(text.slice(from, to))) return from;
    line = lineBefore(text, from);
  }
  return -1;
}
