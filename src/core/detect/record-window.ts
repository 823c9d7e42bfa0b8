import { lineEndAt } from './ascii.js';
import { PATTERNS } from './patterns.js';
import { endsInWrap } from './wrap-break.js';

/**
 * Does one of `texts` follow `from` in the same record: before the next brace, within 1000
 * characters? An Apple NSError dictionary lists its keys in any order; a nested one is another record.
 * `wrapped`: a wrap broke one of the text's first lines (layout.ts). A console then cuts a key
 * anywhere (`_kCFStre` / `amErrorDomainKey=1}}`, `…DomainKey=1` / `}}`: corpus c5-058 at 80 columns),
 * so the record is read again with each break a wrap made taken out.
 */
export function followsInRecord(
  text: string,
  from: number,
  texts: readonly string[],
  wrapped = false,
): boolean {
  const window = text.slice(from, from + 1000);
  if (holdsInRecord(window, texts)) return true;
  return wrapped && window.includes('\n') && holdsInRecord(joinWrapBreaks(text, from, window), texts);
}

function holdsInRecord(window: string, texts: readonly string[]): boolean {
  const brace = window.search(PATTERNS.brace);
  const record = (brace < 0 ? window : window.slice(0, brace + 1)).toLowerCase();
  return texts.some((t) => record.includes(t.toLowerCase()));
}

/**
 * `window` (`text` from `from` on) without the line breaks (and their `\r`) that a wrap made
 * (wrap-break.ts: a console's full line, one whose broken word sockerr moved up, a mailer's). A key a
 * mailer's wrap moved down stays one after its break (`…=61,` / `_kCFStreamErrorDomainKey=1}`).
 */
function joinWrapBreaks(text: string, from: number, window: string): string {
  const parts: string[] = [];
  let last = 0;
  for (let nl = window.indexOf('\n'); nl >= 0; nl = window.indexOf('\n', nl + 1)) {
    if (!endsInWrap(text, from + nl)) continue;
    parts.push(window.slice(last, lineEndAt(window, nl, last)));
    last = nl + 1;
  }
  parts.push(window.slice(last));
  return parts.join('');
}

/** How far back on its line a `precededBy` text may start: the address a log prints between is short. */
const LINE_BEFORE = 120;

/**
 * Does one of `texts` come before `to` on the same line, within 120 characters? A log that prints
 * its call's name, then an address, then `errno=<n>` (coturn's `Trying to bind fd 12 to <…>: errno=98`)
 * names the call only there.
 */
export function precedesOnLine(text: string, to: number, texts: readonly string[]): boolean {
  // The line break is looked for in the window only: `lastIndexOf` over the whole text went back to
  // its start for every keyword of a megabyte with no line break, quadratic in the text.
  const floor = Math.max(0, to - LINE_BEFORE);
  const window = text.slice(floor, to);
  const line = window.slice(window.lastIndexOf('\n') + 1).toLowerCase();
  return texts.some((t) => line.includes(t.toLowerCase()));
}

/** Does one of `texts` (lower case) end right at `at`, any case? */
export function endsWithOneOf(text: string, at: number, texts: readonly string[]): boolean {
  return texts.some((t) => at >= t.length && text.slice(at - t.length, at).toLowerCase() === t);
}
