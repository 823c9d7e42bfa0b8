import { isBlankCode } from './ascii.js';
import { WIDTHS } from './console-wraps.js';

/** The width text is wrapped to between words (a mailer's, an editor's, `fold -s`'s). */
const WRAP_WIDTH = 80;

/** The longest line a wrap can leave: a console's widest. */
const WIDEST = Math.max(WRAP_WIDTH, ...WIDTHS);

/**
 * Did a wrap between words end the line above (`width` long, ending at `cut`)? Its line is at most a
 * wrap's width and the first word under it would not have fit after it: a mailer, an editor or
 * `fold -s` wrapping `…dial tcp: lookup api.example.com on` above `10.192.64.1:53: no such host`.
 */
export function wrappedAt(text: string, cut: number, width: number): boolean {
  if (width === 0 || width > WRAP_WIDTH) return false;
  let word = cut + 1;
  while (word < text.length && !isBlankCode(text.charCodeAt(word))) word++;
  return word > cut + 1 && width + 1 + (word - cut - 1) > WRAP_WIDTH;
}

/**
 * Did a wrap end the line whose line break is at `cut`: a console breaking it at exactly its width,
 * or a wrap between words (`wrappedAt`)? Then the line under it is the same line's rest. Reads back
 * at most a console's widest line: a longer one is no wrap's.
 */
export function endsInWrap(text: string, cut: number): boolean {
  const end = cut > 0 && text.charCodeAt(cut - 1) === 13 ? cut - 1 : cut;
  const stop = Math.max(0, end - WIDEST - 1);
  let start = end;
  while (start > stop && text.charCodeAt(start - 1) !== 10) start--;
  if (start > 0 && text.charCodeAt(start - 1) !== 10) return false;
  const width = end - start;
  return width > 0 && (WIDTHS.includes(width) || wrappedAt(text, cut, width));
}
