import { PATTERNS } from './patterns.js';

/** Where a name (a symbol, an atom, an exception class) may start and end: word boundaries. */

/** `[A-Za-z0-9_]`. */
export function isWordCode(code: number): boolean {
  return (
    (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95
  );
}

/**
 * Has the match word boundaries on both sides (`ECONNRESET` in `WSAECONNRESET` has not)? Underscores
 * that open or close emphasis count as a boundary: Slack's and Discord's italics (`_read ECONNRESET_`)
 * and Discord's underline (`__WSAECONNRESET__`) reach the detector as typed, while an identifier's
 * underscores join word characters (`SOCKET_ECONNRESET`, `ECONNRESET_RETRIES`).
 */
export function hasSymbolBoundaries(text: string, start: number, end: number): boolean {
  const before = start > 0 ? text.charCodeAt(start - 1) : 32;
  const ok =
    !isWordCode(before) ||
    (before === 95 && (text.slice(Math.max(0, start - 3), start) === 'UV_' || opensEmphasis(text, start)));
  if (!ok || end >= text.length) return ok;
  const after = text.charCodeAt(end);
  return !isWordCode(after) || (after === 95 && closesEmphasis(text, end));
}

/** Is the run of underscores before `start` at a word's start (nothing or a non-word character before it)? */
function opensEmphasis(text: string, start: number): boolean {
  let i = start - 1;
  while (i > 0 && text.charCodeAt(i - 1) === 95) i--;
  return i === 0 || !isWordCode(text.charCodeAt(i - 1));
}

/** Is the run of underscores from `end` at a word's end (nothing or a non-word character after it)? */
function closesEmphasis(text: string, end: number): boolean {
  let i = end;
  while (i < text.length && text.charCodeAt(i) === 95) i++;
  return i === text.length || !isWordCode(text.charCodeAt(i));
}

/**
 * A symbol on the right of `==` or `!=` (`status == UV_ECANCELED`, `errno != EAGAIN`) is code: an
 * assertion or a condition names the error it tests for, not one that happened. libuv's test runner
 * prints a failed `ASSERT(status == UV_ECANCELED)` as `Assertion failed in … : status == UV_ECANCELED`
 * when the status was something else (libuv/libuv issue #1339, corpus c212-039). So is a quoted code
 * after `===` or `!==` and a module's constant (`error.code !== 'ECONNABORTED'`, `== errno.ECONNRESET`),
 * as code pasted into a chat compares them (corpus c234-045, c234-046, c234-062).
 */
export function isComparedSymbol(text: string, start: number): boolean {
  // Asked of every symbol mention: most have no `=` in the 16 characters before them, and then no
  // slice is made and no pattern runs.
  const from = Math.max(0, start - 16);
  let i = start - 1;
  while (i >= from && text.charCodeAt(i) !== 61) i--;
  return i >= from && PATTERNS.comparedBefore.test(text.slice(from, start));
}
