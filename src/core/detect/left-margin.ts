/** How many of a text's first lines decide its margin (as its viewer's prefix is decided). */
const FIRST_LINES = 8;
/** A wider margin is no paste's: the lines are laid out, not indented as a whole. */
const MAX_MARGIN = 40;

/**
 * The blanks every one of a text's first non-blank lines starts with: a paste indented as a whole
 * (Markdown's four spaces) or a viewer's or a chat's prefix read as blanks (`> `, `api-1  | `).
 * A console's lines are its width after that margin, and a line it broke goes on after it: a
 * Windows console's message quoted in a chat reads `> …socket a` / `> ddress (protocol…`.
 * 0 for most texts, which have a line that starts at its start.
 */
export function readLeftMargin(text: string): number {
  let margin = MAX_MARGIN + 1;
  for (let start = 0, n = 0; n < FIRST_LINES && start < text.length; ) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    let i = start;
    while (i < end && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
    // A line of blanks (an empty line of a quote, a record's rest) says nothing.
    if (i < end && text.charCodeAt(i) !== 13) {
      margin = Math.min(margin, i - start);
      n++;
    }
    if (nl < 0) break;
    start = nl + 1;
  }
  return margin > MAX_MARGIN ? 0 : margin;
}

/** Does the line starting at `start` start with `margin` blanks (spaces or tabs)? */
export function isMarginAt(text: string, start: number, margin: number): boolean {
  if (start + margin > text.length) return false;
  for (let i = start; i < start + margin; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}
