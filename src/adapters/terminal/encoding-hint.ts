import type { Locale } from '../../core/index.js';
import { shellQuote, showInput } from './show-input.js';

/** U+FFFD, what a decoder puts where bytes were not text in the encoding it read. */
const REPLACEMENT = '\uFFFD';
/** Fewer are a stray byte or a damaged line, not a file in another encoding. */
const HINT_FROM = 16;

/** How many characters of `text` stand for bytes that did not decode. */
export function countReplaced(text: string): number {
  let count = 0;
  for (let at = text.indexOf(REPLACEMENT); at >= 0; at = text.indexOf(REPLACEMENT, at + 1)) count++;
  return count;
}

/**
 * The NULs of a text, and, at its start, how many stood at an even and at an odd offset: the first
 * of each pair of UTF-16 bytes in big-endian, the second in little-endian. Only while every
 * character is ASCII is a character one byte: a CJK character's two bytes may read as one UTF-8
 * character, and the sides of the NULs after it swap.
 */
export interface NulTally {
  total: number;
  even: number;
  odd: number;
  /** No character past ASCII read yet: offsets are still byte offsets. */
  aligned: boolean;
}

export const newNulTally = (): NulTally => ({ total: 0, even: 0, odd: 0, aligned: true });

/** How much of a text's start the sides are read from: its first line says them. */
const SIDES_FROM_CHARS = 1 << 16;

/**
 * Adds the NUL characters of `piece`, which starts `offset` characters into a text, to `tally`:
 * none in a log, every other one in UTF-16 read as UTF-8, and a run as long as the log was before
 * a log file truncated in place (`copytruncate`) was written on: a run is counted in one loop,
 * where a search for each NUL cost more than the scan of them. The sides are read at the start.
 */
export function tallyNul(piece: string, offset: number, tally: NulTally): void {
  for (let at = piece.indexOf('\0'); at >= 0; at = piece.indexOf('\0', at)) {
    const start = at;
    while (at < piece.length && piece.charCodeAt(at) === 0) at++;
    tally.total += at - start;
  }
  const stop = Math.min(piece.length, SIDES_FROM_CHARS - offset);
  for (let at = 0; tally.aligned && at < stop; at++) {
    const code = piece.charCodeAt(at);
    if (code > 0x7f) tally.aligned = false;
    else if (code === 0 && (offset + at) % 2 === 0) tally.even++;
    else if (code === 0) tally.odd++;
  }
}

/** How a source is named in a hint, and in the command it suggests. */
const named = (source: string) => (source === '-' ? 'standard input' : showInput(source));
const argument = (source: string) => (source === '-' ? '-' : shellQuote(source));

/**
 * What to tell someone whose log is full of NUL bytes, which UTF-8 reads as text without a
 * complaint: UTF-16 without a byte-order mark (some Windows tools write it so, and Java's and
 * .NET's big-endian writers) finds nothing in silence, and a binary file is no log. The encoding
 * named is the byte order the NULs' side says: the other one would find nothing again. Null when
 * there are too few to say so.
 */
export function explainNul(nul: NulTally, source: string): string | null {
  if (nul.total < HINT_FROM) return null;
  const encoding = nul.even > nul.odd ? 'utf-16be' : 'utf-16le';
  return (
    `sockerr: ${named(source)} holds ${nul.total.toLocaleString('en-US')} NUL bytes: a binary file, or UTF-16 ` +
    `without a byte-order mark (read it with \`sockerr scan ${argument(source)} --encoding ${encoding}\`).\n`
  );
}

/** The code pages a hint names, and what each is for. */
const CODE_PAGES =
  '(gbk: Simplified Chinese, big5: Traditional Chinese, shift_jis: Japanese, windows-1251: Russian, windows-1252: Western European).\n';

/**
 * What to tell someone whose log did not decode: a Windows program writes in its code page (GBK on
 * Chinese Windows, Big5 on Traditional Chinese, Shift-JIS on Japanese, CP1251 on Russian), which
 * nothing in the bytes names. Such a file read as UTF-8 hides its errors; `--encoding` names its
 * code page. When one was named and did not fit, the likeliest fix is to leave it out (a UTF-8 log
 * read as gbk), not the `--encoding gbk` just typed. The command names big5 for someone who asked
 * for Traditional Chinese replies, whose Windows writes Big5 (code page 950): read as gbk, such a log
 * decodes to other characters and finds nothing. Null when too little failed to say so.
 */
export function explainReplaced(
  replaced: number,
  source: string,
  encoding?: string,
  locale?: Locale,
): string | null {
  if (replaced < HINT_FROM) return null;
  const file = named(source);
  const said = `sockerr: ${replaced.toLocaleString('en-US')} characters of ${file} are not ${encoding ?? 'UTF-8'} text, so errors in them cannot be read.\n`;
  if (encoding !== undefined)
    return (
      `${said}If it is UTF-8, leave --encoding out: \`sockerr scan ${argument(source)}\`; ` +
      `else name the code page it was written in ${CODE_PAGES}`
    );
  const command = `sockerr scan ${argument(source)} --encoding ${locale === 'zh-TW' ? 'big5' : 'gbk'}`;
  return `${said}If a Windows program wrote it in its code page, name the code page: \`${command}\`\n${CODE_PAGES}`;
}
