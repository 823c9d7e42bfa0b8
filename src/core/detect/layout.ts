import { UNWRAP_LIMIT } from './console-wraps.js';
import { indentAt } from './indent-at.js';
import { hasLinePrefix, hasTaggedPrefix, maskLinePrefixes } from './line-prefixes.js';
import { endsInWrap } from './wrap-break.js';

/** How many of a text's first lines decide its layout. */
const FIRST_LINES = 8;
/** Lines that start later decide nothing: a text of longer first lines is decided by those before. */
const LIMIT = UNWRAP_LIMIT;
/** Enough of a line to read any prefix at its start (the longest, syslog's with a host, is ~420). */
const LOOKAHEAD = 512;
/** A wider margin is no paste's: the lines are laid out, not indented as a whole. */
const MAX_MARGIN = 40;

/**
 * How a text is laid out, as its first lines show: a log viewer's or a chat's prefix on them
 * (line-prefixes.ts), and the blanks every one of them starts with once prefixes are read as blanks
 * (the margin a console's width counts after: a paste indented as a whole, Markdown's four spaces,
 * or a quote's `> `), and whether a wrap broke one of them (wrap-break.ts: a console's, a mailer's).
 */
interface Layout {
  prefixed: boolean;
  /** Are those prefixes a syslog tag's, ending with its colon (line-prefixes.ts)? */
  tagged: boolean;
  margin: number;
  wrapped: boolean;
}

/**
 * The starts of the lines that decide a text's layout: its first FIRST_LINES lines that start in
 * its first 256 KiB. Null while a piece of a stream (`final` false) does not show them all whole
 * yet, so a stream decides, whatever its steps, what the whole text decides.
 */
function firstLineStarts(text: string, final: boolean): number[] | null {
  const starts: number[] = [];
  for (let start = 0; starts.length < FIRST_LINES && start < LIMIT; ) {
    const nl = text.indexOf('\n', start);
    // A line running off a piece: the whole text may have more lines before the limit.
    if (nl < 0 && !final && text.length < LIMIT + LOOKAHEAD) return null;
    starts.push(start);
    if (nl < 0) break;
    start = nl + 1;
  }
  return starts;
}

/** The blanks all the non-blank lines at `starts` begin with, if they share some (else 0). */
function readMargin(text: string, starts: readonly number[]): number {
  let margin = MAX_MARGIN + 1;
  for (const start of starts) {
    const i = start + indentAt(text, start, MAX_MARGIN + 1);
    const c = text.charCodeAt(i);
    // A line of blanks (an empty line of a quote, a record's rest) says nothing.
    if (i < text.length && c !== 10 && c !== 13) margin = Math.min(margin, i - start);
  }
  return margin > MAX_MARGIN ? 0 : margin;
}

/** A layout, and the text with its first 256 KiB's prefixes read as blanks when it has them. */
type LaidOut = Layout & { masked: string };

function layOut(text: string, starts: readonly number[]): LaidOut {
  const prefixed = hasLinePrefix(text, starts);
  const masked = prefixed ? maskLinePrefixes(text, 0) : text;
  const tagged = prefixed && hasTaggedPrefix(text, starts);
  const wrapped = starts.some((start, i) => i > 0 && endsInWrap(masked, start - 1));
  return { prefixed, tagged, margin: readMargin(masked, starts), wrapped, masked };
}

/** The layout of a whole text. */
export function readLayout(text: string): LaidOut {
  return layOut(text, firstLineStarts(text, true) as number[]);
}

/** The layout of a stream's text so far, once it shows the lines that decide it (else null). */
export function readLayoutSoFar(text: string): LaidOut | null {
  const starts = firstLineStarts(text, false);
  return starts === null ? null : layOut(text, starts);
}

/**
 * Reads a stream's layout at its first step that shows the lines deciding it: until then a step
 * waits (`waits`), and tries again once the text has doubled, so waiting stays linear.
 */
export function createLayoutReader() {
  let layout: Layout | undefined;
  let retryAt = 0;
  return {
    waits: (pending: number, final: boolean) => layout === undefined && !final && pending < retryAt,
    /** `copied`: the step's text, `base` its offset; null when the step must wait. */
    read(copied: string, base: number, final: boolean): LaidOut | null {
      if (layout !== undefined)
        return { ...layout, masked: layout.prefixed ? maskLinePrefixes(copied, base) : copied };
      const laidOut = final ? readLayout(copied) : readLayoutSoFar(copied);
      if (laidOut === null) {
        retryAt = 2 * copied.length;
        return null;
      }
      const { prefixed, tagged, margin, wrapped } = laidOut;
      layout = { prefixed, tagged, margin, wrapped };
      return laidOut;
    },
  };
}
