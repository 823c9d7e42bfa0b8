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

/**
 * East Asian wide and full-width characters (CJK ideographs, kana, Hangul, and their full-width
 * punctuation: `，` `：` `（` `」`…). Slack reads an inline code span only where its backticks stand
 * apart from the letters around them; Chinese puts none of the spaces English does, so
 * `請執行：\`netstat -ano\`。` shows its backticks raw. A space between them fixes it, as Slack's
 * own maintainers' ChatGPT-in-Slack does (seratch/ChatGPT-in-Slack#121).
 */
const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;
const CODE_SPAN = /`[^`\n]+`/g;

/**
 * Plain reply text as mrkdwn: escaped as {@link escapeSlackText} does, with a space put between
 * an inline code span and a wide character right beside it, so Slack shows it as code. The code
 * itself is never changed.
 */
export function escapeSlackMrkdwn(text: string): string {
  const escaped = escapeSlackText(text);
  if (!escaped.includes('`')) return escaped;
  return escaped.replace(CODE_SPAN, (span, at: number, whole: string) => {
    const before = WIDE.test(whole.charAt(at - 1)) ? ' ' : '';
    const after = WIDE.test(whole.charAt(at + span.length)) ? ' ' : '';
    return before + span + after;
  });
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
