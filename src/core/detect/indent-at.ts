/**
 * How many spaces and tabs the text has from `at`, counting up to `max`: a line's indentation, a
 * paste's margin (layout.ts), the blanks a viewer's prefix may stand after (line-prefixes.ts).
 */
export function indentAt(text: string, at: number, max = Number.POSITIVE_INFINITY): number {
  let i = at;
  while (i - at < max && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  return i - at;
}
