import type { Finding } from '../detect/index.js';

/** The most of a message kept with a piece of feedback: enough to see what was found, not the message. */
export const MAX_EXCERPT = 300;
/** How much of the text before the first finding the excerpt starts with. */
const LEAD = 80;

/**
 * At most {@link MAX_EXCERPT} characters of `text` around its findings: from a little before the
 * first one (at a line start where one is near), with `…` where it was cut. Never the whole
 * message unless the message is that short.
 */
export function excerptAround(text: string, findings: readonly Finding[]): string {
  if (text.length <= MAX_EXCERPT) return text.trim();
  const first = Math.min(
    ...findings.map((f) => f.index).filter((i) => i >= 0 && i < text.length),
    text.length,
  );
  let start = Math.max(0, (Number.isFinite(first) ? first : 0) - LEAD);
  const lineStart = text.lastIndexOf('\n', first) + 1;
  if (lineStart > start) start = lineStart;
  const head = start > 0 ? '…' : '';
  let end = Math.min(text.length, start + MAX_EXCERPT - head.length - 1);
  // Never split a surrogate pair at either end.
  if (/[\uDC00-\uDFFF]/.test(text[start] ?? '')) start += 1;
  if (/[\uD800-\uDBFF]/.test(text[end - 1] ?? '')) end -= 1;
  const tail = end < text.length ? '…' : '';
  return `${head}${text.slice(start, end)}${tail}`.trim();
}
