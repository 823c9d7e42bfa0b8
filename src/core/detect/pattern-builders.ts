import { escapeRegExp } from '../escape-reg-exp.js';
import { BLANK_RUN } from './context-words.js';

/*
 * The regular expressions detection builds from its data (catalog words, rules), under the rules
 * patterns.ts states for its fixed ones: bounded repetition, no nested unbounded quantifier.
 */

/** Any of these words, case-insensitively, wherever they start (platform hints; global). */
export function buildWordPattern(words: readonly string[]): RegExp {
  return new RegExp(words.map(escapeRegExp).join('|'), 'gi');
}

/** A not-error text's `near` texts as patterns (any case, global), built once per rule. */
export interface NearWords {
  words: RegExp;
  /**
   * The texts with a space in them, each space also a line break a wrap put there (`in` /
   * `_create_connection_transport`); null when no text has a space. Tried only in a text whose first
   * lines show a wrap (layout.ts), where `words` found nothing and a wrapped line is near (wrap-break.ts):
   * a space that may be a break everywhere made the near texts' regexes 5 % of a long log's detection.
   */
  wrapped: RegExp | null;
}

/**
 * Any of these texts, case-insensitively (a not-error text's `near`). Tested on the text around a
 * mention as it stands: lower-casing a copy of it for every mention of a common code was a tenth
 * of detection's time. A line break in one is also one with indentation after it, as a phrase's
 * line reaches an indented line (line-before.ts): an indented paste keeps `out` / `: select` apart.
 */
export function buildNearPattern(texts: readonly string[]): NearWords {
  // Before the break, the carriage returns a Windows text, a doubled `\r\r\n` or a JSON string's
  // escaped `\r\n` (read as `\r\r\r\n`: string-escapes.ts) leaves.
  const lineBreak = (escaped: string) => escaped.replace(/\n/g, '\\r{0,3}\\n[ \\t]*');
  // A number at either end of a text is that whole number: Cloudflare's `522: connection timed out`
  // must not be read inside `port 11522: Connection timed out` (an ssh connect's own ETIMEDOUT).
  const digits = (text: string, body: string) =>
    `${/^\d/.test(text) ? '(?<!\\d)' : ''}${body}${/\d$/.test(text) ? '(?!\\d)' : ''}`;
  const pattern = (text: string) => digits(text, lineBreak(escapeRegExp(text)));
  const spaced = texts.filter((t) => t.includes(' '));
  const wrap = (text: string) =>
    digits(text, lineBreak(escapeRegExp(text).replace(/ /g, '(?: |[ \\t]*\\r{0,3}\\n[ \\t]*)')));
  return {
    words: new RegExp(texts.map(pattern).join('|'), 'gi'),
    wrapped: spaced.length === 0 ? null : new RegExp(spaced.map(wrap).join('|'), 'gi'),
  };
}

/** A socket syscall name right before the end: Node's `connect ` in `connect ECONNREFUSED`. */
export function buildSyscallPattern(syscalls: readonly string[]): RegExp {
  return new RegExp(`(?:^|[^A-Za-z0-9_])(?:${syscalls.map(escapeRegExp).join('|')}) $`);
}

/**
 * The regexes context words are found with: socket words as prefixes, file words as whole words.
 * A space inside a word matches a run of white space up to {@link BLANK_RUN}.
 */
export function buildContextPatterns(socket: readonly string[], file: readonly string[]): [RegExp, RegExp] {
  const alternation = (words: readonly string[]) =>
    [...words]
      .sort((a, b) => b.length - a.length)
      .map((w) => escapeRegExp(w).replace(/ /g, `\\s{1,${BLANK_RUN}}`))
      .join('|');
  return [
    new RegExp(`(^|[^A-Za-z])(?:${alternation(socket)})`, 'gi'),
    new RegExp(`(^|[^A-Za-z])(?:${alternation(file)})(?![A-Za-z])`, 'gi'),
  ];
}

/**
 * Signs of a Unix-domain socket (`unix:/`, `.sock`), case-insensitively. A sign that ends in a letter
 * or digit ends a word there: `.sock` is no sign in `java.net.SocketException`. A space in one is any
 * white space (a few blanks, a line break a wrap put there: `Failed to connect socket to` above
 * `'/var/run/libvirt/libvirt-sock': Permission denied`); tested only around a mention of a path's error.
 */
export function buildUnixSocketPattern(marks: readonly string[]): RegExp {
  const sign = (m: string) =>
    escapeRegExp(m).replace(/ /g, '\\s{1,8}') + (/[a-z0-9]$/i.test(m) ? '(?![a-z0-9])' : '');
  return new RegExp(marks.map(sign).join('|'), 'i');
}
