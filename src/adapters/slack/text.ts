/**
 * Text going out to Slack. Slack treats `&`, `<` and `>` as control characters (`<!channel>`,
 * `<@U123>`, `<https://…|label>`), so every string we send is escaped; with nothing left in angle
 * brackets, no text we post can mention anyone or link anywhere.
 */

const ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;' } as const;

/** Escapes `&`, `<` and `>` as Slack asks; nothing else (Slack would show other entities literally). */
export function escapeSlackText(text: string): string {
  return text.replace(/[&<>]/g, (c) => ESCAPES[c as keyof typeof ESCAPES]);
}

const ELLIPSIS = '…';

/** The longest prefix of escaped text within `max` characters that ends on neither half an entity nor half a surrogate pair. */
function safePrefix(escaped: string, max: number): string {
  let cut = escaped.slice(0, Math.max(0, max));
  cut = cut.replace(/&[a-z]{0,3}$/, '');
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return cut;
}

/** Cuts already-escaped text to at most `max` characters, ending in `…`. */
export function truncateSlackText(escaped: string, max: number): string {
  if (escaped.length <= max) return escaped;
  if (max <= ELLIPSIS.length) return ELLIPSIS.slice(0, max);
  return safePrefix(escaped, max - ELLIPSIS.length) + ELLIPSIS;
}

/**
 * Splits escaped text into chunks of at most `max` characters, at line breaks where possible
 * (a longer line is split where it must), so a long section becomes several blocks and loses nothing.
 */
export function splitSlackText(escaped: string, max: number): string[] {
  const chunks: string[] = [];
  let current = '';
  for (let line of escaped.split('\n')) {
    const joined = current === '' ? line : `${current}\n${line}`;
    if (joined.length <= max) {
      current = joined;
      continue;
    }
    if (current !== '') chunks.push(current);
    while (line.length > max) {
      const head = safePrefix(line, max) || line.slice(0, max);
      chunks.push(head);
      line = line.slice(head.length);
    }
    current = line;
  }
  if (current !== '') chunks.push(current);
  return chunks;
}
