/**
 * Turns core's plain text (where the only markup is `backticks` around code) into Discord markdown
 * that shows exactly that text: formatting characters are escaped, mentions (`<@id>`, `<#id>`,
 * `@everyone`, `@here`) are defused, code spans and links are kept as they are.
 */
export function escapeDiscordMarkdown(text: string): string {
  const known = escaped.get(text);
  if (known !== undefined) return known;
  const out = escapeUncached(text);
  if (text.length <= MEMO_MAX_LENGTH) {
    if (escaped.size >= MEMO_MAX_ENTRIES) escaped.clear();
    escaped.set(text, out);
  }
  return out;
}

/**
 * A reply is mostly the catalog's own strings, escaped again for every paste: the last few hundred
 * short texts are remembered (a few hundred KB at most), so a reply costs lookups, not regex passes.
 */
const escaped = new Map<string, string>();
const MEMO_MAX_ENTRIES = 256;
const MEMO_MAX_LENGTH = 1024;

function escapeUncached(text: string): string {
  let out = '';
  let last = 0;
  for (const match of text.matchAll(LITERAL)) {
    out += escapePlain(text.slice(last, match.index));
    out += match[0];
    last = match.index + match[0].length;
  }
  return out + escapePlain(text.slice(last));
}

/** Code spans and bare links: shown verbatim (a backslash inside either would show). */
const LITERAL = /`[^`\n]+`|https?:\/\/[^\s<>()`]+/g;

/** A line that starts (after blanks) with what could be block syntax: `#`, `-`, `>`, `+` or a digit. */
const MAYBE_BLOCK = /^[ \t]*[#>+\-\d]/m;

function escapePlain(text: string): string {
  let out = text.replace(/[\\*_~|[\]<`]/g, '\\$&');
  // A zero-width space keeps the word readable and makes it no mention, even inside embeds.
  if (out.includes('@')) out = out.replace(/@(everyone|here)\b/gi, '@\u200b$1');
  // Most lines start with a word: the two block rules run only where a line might start a block.
  if (!MAYBE_BLOCK.test(out)) return out;
  // Block syntax only counts at the start of a line: headings, quotes, lists, subtext.
  // `[ \t]*`, not `\s*`: with `m`, `\s*` runs across the following blank lines from every
  // line start, which is quadratic on a text of many empty lines.
  return out
    .replace(/^([ \t]*)(#{1,3}|-#|>{1,3}|[+-])(?=\s)/gm, '$1\\$2')
    .replace(/^([ \t]*)(\d{1,9})\.(?=\s)/gm, '$1$2\\.');
}

/**
 * Shortens text to `max` characters (UTF-16 code units, as Discord counts), ending with `…`,
 * without splitting a surrogate pair or leaving a dangling backslash escape. Where it can, it cuts
 * where a reader expects a break: it drops a line it cannot keep whole (when the lines before fill
 * at least half the room), never ends inside a code span (half a command looks runnable), and does
 * not split a word or a command-line token (Chinese is cut between characters).
 */
export function truncateText(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 0) return '';
  const room = max - 1;
  let end = room;
  if (isHighSurrogate(text.charCodeAt(end - 1))) end--;
  const span = openSpanAt(text, end);
  if (span !== undefined) {
    // A span that starts the text is all there is to show: close it on the ellipsis instead.
    if (!text.slice(0, span).trim()) {
      let inside = Math.max(0, room - 1);
      if (isHighSurrogate(text.charCodeAt(inside - 1))) inside--;
      return `${text.slice(0, inside)}…\``;
    }
    end = span;
  }
  const line = text.lastIndexOf('\n', end - 1);
  if (text[end] !== '\n' && line >= room / 2) return `${text.slice(0, line).trimEnd()}\n…`;
  end = wordStart(text, end);
  let cut = text.slice(0, end);
  // An odd number of trailing backslashes would escape the ellipsis.
  const trailing = /\\+$/.exec(cut)?.[0].length ?? 0;
  if (trailing % 2 === 1) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;

/** Where the code span open at `end` starts, if one is (a backslash escapes the next character outside spans). */
function openSpanAt(text: string, end: number): number | undefined {
  let open: number | undefined;
  for (let i = 0; i < end; i++) {
    if (open === undefined && text[i] === '\\') i++;
    else if (text[i] === '`') open = open === undefined ? i : undefined;
  }
  return open;
}

/** Letters, digits and the joiners of paths, options and host names; not Chinese or Japanese, which break anywhere. */
const WORDISH = /[\p{L}\p{N}_\-.:/=]/u;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const inWord = (c: string | undefined) => c !== undefined && WORDISH.test(c) && !CJK.test(c);
/** How far back a cut looks for the start of the word it would split; a longer token is cut where it must. */
const LONGEST_WORD = 60;

/** `end`, moved back to the start of the word it falls in, unless that word is too long to move past. */
function wordStart(text: string, end: number): number {
  let at = end;
  while (at > 0 && end - at < LONGEST_WORD && inWord(text[at - 1]) && inWord(text[at])) at--;
  return at > 0 && end - at < LONGEST_WORD ? at : end;
}
