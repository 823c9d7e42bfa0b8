import type { ErrorFacts } from '../catalog/index.js';
import type { Hit } from './hit.js';
import { buildUnixSocketPattern } from './pattern-builders.js';
import { PATTERNS } from './patterns.js';
import { endsInWrap } from './wrap-break.js';

/** How far from a finding, on its line, a sign of a Unix-domain socket counts. */
const REACH = 160;

/** Tells whether a finding is about a Unix-domain socket's file (see {@link createUnixSocketCheck}). */
export interface UnixSocketCheck {
  /** The ids whose meaning on a Unix-domain socket is its file's (EACCES's 10013). */
  ids: ReadonlySet<string>;
  /**
   * Is there a sign of a Unix-domain socket near `[start, end)`, on its line or the next, or a path
   * right after it (Node's `connect EACCES /var/run/docker.sock`)?
   */
  near(text: string, start: number, end: number): boolean;
}

/**
 * A Unix-domain socket is named by a path, and connect(2) and bind(2) on one fail with the errors of
 * a path: EACCES for the socket file's mode or a directory's search permission (unix(7)), ELOOP and
 * ENAMETOOLONG for the path itself, EOPNOTSUPP from a file system that cannot hold a socket file
 * (WSL's DrvFs, Docker Desktop's bind mounts: Go's `listen unix …: bind: operation not supported`).
 * Those are the file's, no network error, however the program words them (nginx's
 * `connect() to unix:/run/php-fpm.sock failed (13: Permission denied)`, Go's
 * `dial unix /var/run/docker.sock: connect: permission denied`, MySQL's `through socket '…' (13)`).
 * `marks` are the signs that the socket in a line is one (`unix:/`, `dial unix `, `.sock`);
 * `errors` the POSIX names of the path's errors. A file-system path printed right after the error is
 * one too: Node prints a pipe's path where a TCP socket's address would be (`connect EACCES
 * /run/user/1000/bus`, `listen EACCES: permission denied /tmp/x.sock`), whatever the file is called.
 */
export function createUnixSocketCheck(
  facts: readonly ErrorFacts[],
  marks: readonly string[],
  errors: readonly string[],
): UnixSocketCheck {
  const names = new Set(errors);
  const ids = new Set(facts.filter((f) => f.posix && names.has(f.posix.name)).map((f) => f.id));
  const pattern = buildUnixSocketPattern(marks);
  const near = (text: string, start: number, end: number): boolean => {
    const from = Math.max(lineStartBefore(text, start), start - REACH);
    // A message may go on below (psql's `Is the server running locally and accepting`, indented or
    // after a logger's prefix), never above: the line before is another message.
    // Breaks are looked for within REACH only: past it the answer is the same, and a search to the
    // text's end for every error of a megabyte with no line break was quadratic.
    const ahead = text.slice(end, end + REACH).indexOf('\n');
    const next = ahead < 0 ? -1 : end + ahead;
    const lineEnd = next < 0 ? -1 : lineEndAfter(text, next + 1, end + REACH);
    const to = Math.min(lineEnd < 0 ? text.length : lineEnd, end + REACH);
    return pattern.test(text.slice(from, to)) || PATTERNS.pathAfter.test(text.slice(end, end + 48));
  };
  return { ids, near };
}

/**
 * Does the line starting at `start` (after a line break) go on with the line above: a wrap broke that
 * one (wrap-break.ts: a console at its width, a mailer or an editor between words), or this one starts
 * with one space, the place a console's break in a word is mended to (console-wraps.ts)?
 */
const continuesAbove = (text: string, start: number) => endsInWrap(text, start - 1);

/**
 * Where the line of `at` starts, or the first of the lines above that it goes on from
 * ({@link continuesAbove}), as far as {@link REACH}: the message began there (`…connect socket to
 * '/var/run/libvirt/libvirt-sock` / `': Permission denied`, `…dial unix /var/run/docker.sock:
 * connect:` / `permission denied`), and its socket's path is above the error.
 */
function lineStartBefore(text: string, at: number): number {
  const floor = Math.max(0, at - REACH);
  let start = lineStartWithin(text, at, floor);
  while (start > 0 && at - start < REACH && continuesAbove(text, start))
    start = lineStartWithin(text, start - 1, floor);
  return start;
}

/** Where the line holding `at - 1` starts, or `floor` when it starts before `floor` (a bounded search). */
function lineStartWithin(text: string, at: number, floor: number): number {
  const nl = text.slice(floor, at).lastIndexOf('\n');
  return nl < 0 ? floor : floor + nl + 1;
}

/** Where the line starting at `start` ends, or the last of the lines below that go on from it, before `limit`. */
function lineEndAfter(text: string, start: number, limit: number): number {
  let end = text.indexOf('\n', start);
  while (end >= 0 && end < limit && continuesAbove(text, end + 1)) end = text.indexOf('\n', end + 1);
  return end;
}

/** The hits without those about a Unix-domain socket's file (the same array when none is). */
export function dropUnixSocketFileErrors(check: UnixSocketCheck, text: string, hits: Hit[]): Hit[] {
  if (!hits.some((h) => check.ids.has(h.id))) return hits;
  return hits.filter((h) => !check.ids.has(h.id) || !check.near(text, h.start, h.end));
}
