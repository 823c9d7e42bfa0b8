import { isHexDigitCode } from './ascii.js';
import { PATTERNS } from './patterns.js';
import { isWordCode } from './word-boundaries.js';

/** A mention's characters: a message's boundaries, the casings runtimes print, labels (names: word-boundaries.ts). */

/** A letter or digit of a script that separates words with spaces (`[A-Za-z0-9]`, `é`, `д`). */
function isAlnumCode(code: number): boolean {
  if (code < 128) return isWordCode(code) && code !== 95;
  const ch = String.fromCharCode(code);
  return ch.toLowerCase() !== ch.toUpperCase();
}

/**
 * Katakana, full-width and half-width, with the prolonged sound mark ー (not the middle dot ・): Japanese
 * writes a loanword as one unbroken run of them, so a run is a word (`メールアドレス`, not `アドレス`).
 */
function isKatakanaCode(code: number): boolean {
  return (code >= 0x30a1 && code <= 0x30fa) || code === 0x30fc || (code >= 0xff66 && code <= 0xff9f);
}

/** Do two adjacent characters belong to one word: letters or digits of a spaced script, or katakana? */
const sameWord = (a: number, b: number) =>
  (isAlnumCode(a) && isAlnumCode(b)) || (isKatakanaCode(a) && isKatakanaCode(b));

/**
 * How many CJK characters a text has. Asked of thousands of texts at start-up, in cold code: one
 * native replace of the runs between them is cheaper than a loop calling `isCjkCode` per character.
 */
export function countCjk(text: string): number {
  return text.replace(PATTERNS.notCjk, '').length;
}

/**
 * A message must not start or end inside a word (`Connection refused` in `XConnection refusedY`);
 * a message that starts or ends with a CJK character needs no boundary on that side, except inside a
 * katakana word: glibc's ja `アドレスは既に使用中です` in an app's `このメールアドレスは既に使用中です`.
 */
export function hasMessageBoundaries(text: string, start: number, end: number): boolean {
  if (start > 0 && sameWord(text.charCodeAt(start - 1), text.charCodeAt(start))) return false;
  return !(end < text.length && sameWord(text.charCodeAt(end - 1), text.charCodeAt(end)));
}

// ';' too: old curl (7.29, as CentOS 7 ships it) printed 'Failed connect to <host>:<port>; <strerror>'
// (lib/connect.c, public-code index id 46566897), glibc's translated text after the semicolon.
// A backtick on either side: a chat's inline code around a message as printed. (Sets of the strings'
// characters, each a single UTF-16 unit.)
const SEGMENT_BEFORE = new Set('\n\r:：;(（["\'“「>|=`');
const SEGMENT_AFTER = new Set('`\n\r)）(（.。,，"\'”」];');

/** Is the text a whole message, as programs print one (`recv failure: 连接被对方重设` at a line end)? */
export function isWholeSegment(text: string, start: number, end: number): boolean {
  const before = previousNonBlank(text, start);
  let i = end;
  while (i < text.length && (text[i] === ' ' || text[i] === '\t')) i++;
  return (
    SEGMENT_BEFORE.has(before) &&
    (i === text.length || SEGMENT_AFTER.has(text[i] as string) || isPeerAfter(text, end))
  );
}

/**
 * Netty's AnnotatedConnectException appends the peer to the OS text (`exception.getMessage() + ": "
 * + remoteAddress`, io.netty.channel.AbstractChannel): `拒绝连接: storm3/192.168.172.133:6700`
 * (Storm, Spark, Flink on a zh_CN JVM; corpus c22-106).
 */
function isPeerAfter(text: string, end: number): boolean {
  PATTERNS.nettyPeer.lastIndex = end;
  return PATTERNS.nettyPeer.test(text);
}

/** The previous character that is not a space or tab, or `\n` at the start of the text. */
function previousNonBlank(text: string, start: number): string {
  for (let i = start - 1, n = 0; i >= 0 && n < 16; i--, n++) {
    const ch = text[i] as string;
    if (ch !== ' ' && ch !== '\t') return ch;
  }
  return '\n';
}

const LEAD_SEPARATORS = new Set([
  '\n',
  '\r',
  ':',
  ';',
  '(',
  ')',
  '[',
  ']',
  '{',
  '}',
  '-',
  '"',
  "'",
  '>',
  '|',
  ',',
  '=',
  '`',
  '（',
  '：',
  '，',
  '「',
  '【',
]);

/** `0x80072ee7` or `80072ee7`: eight or more hex digits, one of them decimal (not a word like `deadface`). */
function isHexCode(s: string): boolean {
  if (s.length < 8) return false;
  let decimal = false;
  for (let i = s[0] === '0' && (s[1] === 'x' || s[1] === 'X') ? 2 : 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!isHexDigitCode(c)) return false;
    if (c <= 57) decimal = true;
  }
  return decimal;
}

/** A long text is distinctive wherever it stands: only short ones are lowered in prose. */
const PROSE_WORDS = 5;

/**
 * Runtimes print message texts capitalized, or in lower case right after a separator
 * (Go's `connect: connection refused`). A short text in lower case inside a sentence is someone
 * talking about the error rather than a pasted error: such a mention counts one level less.
 */
export function isLowerCaseInProse(text: string, start: number, end: number): boolean {
  if (LEAD_SEPARATORS.has(previousNonBlank(text, start))) return false;
  // A hex code (an HRESULT such as winget's `0x80072ee7`) has no prose casing: tools print it
  // in lower case as often as in upper case, so lower case says nothing about who wrote it.
  if (isHexCode(text.slice(start, end))) return false;
  let spaces = 0;
  for (let i = start; i < end; i++) if (text.charCodeAt(i) === 32) spaces++;
  if (spaces + 1 >= PROSE_WORDS) return false;
  // All in lower case, with at least one letter that has case (Latin, Cyrillic, Greek…).
  let cased = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if (c >= 65 && c <= 90) return false;
      cased ||= c >= 97 && c <= 122;
    } else if (c >= 0xd800 && c <= 0xdfff) {
      // A letter outside the BMP (Deseret, Adlam…): the whole text is compared.
      const slice = text.slice(start, end);
      return slice === slice.toLowerCase() && slice.toLowerCase() !== slice.toUpperCase();
    } else {
      const ch = text[i] as string;
      const lower = ch.toLowerCase();
      if (lower !== ch) return false;
      cased ||= lower !== ch.toUpperCase();
    }
  }
  return cased;
}

/** Is an all-lower-case symbol at `[start, end)` an Erlang/Elixir atom (`:econnrefused`, `{error,econnrefused}`)? */
export function isAtomContext(text: string, start: number, end: number): boolean {
  if (start > 0 && text[start - 1] === ':') return true;
  // Loggers print the reason term last: `connect error - econnrefused` (emqtt-bench), `calling
  // endpoint failed due to econnrefused` (VerneMQ); corpus c10-049, c10-050, c14-107.
  let j = end;
  while (j < text.length && (text[j] === ' ' || text[j] === '\t' || text[j] === '\r')) j++;
  if (j === text.length || text[j] === '\n') return true;
  // So does a chat's inline code around the line (`` `…failed due to econnrefused` ``), but not around
  // the atom alone, which is prose naming it (`` `econnrefused` stop reasons are treated as… ``).
  if (text[j] === '`' && text[start - 1] !== '`') return true;
  // So does a structured log's message string (`"msg":"…failed due to econnrefused"`, logfmt's
  // `msg="…"`): its closing quote ends the logged line. The atom is the message's last word, after a
  // space: not a quote around the atom alone (prose), nor a key's rest under a wrap (`"dat` / `etime"`).
  if (text[j] === '"' && text[start - 1] === ' ' && !isWordCode(text.charCodeAt(j + 1))) return true;
  // `{error,econnrefused}`, `reason: econnrefused`, `** Reason == econnrefused`, and the same
  // with the term wrapped onto the next line by Erlang's pretty printer.
  let i = start - 1;
  while (i >= 0 && start - i <= 16 && ' \t\r\n'.includes(text[i] as string)) i--;
  const before = i >= 0 ? text[i] : '';
  return before === ',' || before === '{' || before === ':' || before === '=';
}

/** A label for what precedes a symbol, so `code: 'ECONNRESET'` and `read ECONNRESET` are distinct mentions. */
export function symbolLabel(text: string, start: number): string {
  const before = text.slice(Math.max(0, start - 10), start).toLowerCase();
  if (PATTERNS.codeLabel.test(before)) return 'code';
  if (PATTERNS.errnoLabel.test(before)) return 'errno';
  if (before.endsWith('::')) return 'ruby';
  return 'plain';
}
