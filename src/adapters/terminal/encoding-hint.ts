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
 * What to tell someone whose log did not decode: a Windows program writes in its code page (GBK on
 * Chinese Windows, Shift-JIS on Japanese, CP1251 on Russian), which nothing in the bytes names. Such
 * a file read as UTF-8 hides its errors; `iconv` converts it. Null when too little failed to say so.
 */
export function explainReplaced(replaced: number, source: string): string | null {
  if (replaced < HINT_FROM) return null;
  const file = source === '-' ? 'standard input' : source;
  const example =
    source === '-'
      ? '… | iconv -f GBK -t UTF-8 | sockerr scan -'
      : `iconv -f GBK -t UTF-8 '${source.replaceAll("'", "'\\''")}' | sockerr scan -`;
  return (
    `sockerr: ${replaced.toLocaleString('en-US')} characters of ${file} are not UTF-8 text, so errors in them cannot be read.\n` +
    `If a Windows program wrote it in its code page, convert it first, e.g. \`${example}\`\n` +
    '(GBK for Chinese, SHIFT_JIS for Japanese, CP1251 for Russian, CP1252 for Western European).\n'
  );
}
