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

/** Quoted for a POSIX shell: `it's.log` as `'it'\''s.log'`. */
const shellQuote = (word: string) => `'${word.replaceAll("'", "'\\''")}'`;

/**
 * What to tell someone whose log did not decode: a Windows program writes in its code page (GBK on
 * Chinese Windows, Big5 on Traditional Chinese, Shift-JIS on Japanese, CP1251 on Russian), which
 * nothing in the bytes names. Such a file read as UTF-8 hides its errors; `--encoding` names its
 * code page. Null when too little failed to say so.
 */
export function explainReplaced(replaced: number, source: string, encoding?: string): string | null {
  if (replaced < HINT_FROM) return null;
  const file = source === '-' ? 'standard input' : source;
  const command = `sockerr scan ${source === '-' ? '-' : shellQuote(source)} --encoding gbk`;
  return (
    `sockerr: ${replaced.toLocaleString('en-US')} characters of ${file} are not ${encoding ?? 'UTF-8'} text, so errors in them cannot be read.\n` +
    `If a Windows program wrote it in its code page, name the code page: \`${command}\`\n` +
    '(gbk: Simplified Chinese, big5: Traditional Chinese, shift_jis: Japanese, windows-1251: Russian, windows-1252: Western European).\n'
  );
}
