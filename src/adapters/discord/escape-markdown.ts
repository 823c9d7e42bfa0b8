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
 * without splitting a surrogate pair or leaving a dangling backslash escape.
 */
export function truncateText(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 0) return '';
  let cut = text.slice(0, max - 1);
  const lastCode = cut.charCodeAt(cut.length - 1);
  if (lastCode >= 0xd800 && lastCode <= 0xdbff) cut = cut.slice(0, -1);
  // An odd number of trailing backslashes would escape the ellipsis.
  const trailing = /\\+$/.exec(cut)?.[0].length ?? 0;
  if (trailing % 2 === 1) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}
