import { isAscii } from './ascii.js';
import { isCjkCode, MAX_SPACE_RUN } from './keywords/match.js';

/**
 * How far a mention's text can stretch in a paste: one that starts with an ASCII character, one in
 * a text without CJK characters (no gap between two of them to stretch), and any.
 */
export interface Reach {
  ascii: number;
  plain: number;
  all: number;
}

/**
 * The longest stretch of text a mention of these texts (normalized) can cover: each space may be a
 * run of separators, and so may each gap between two CJK characters (a console's wrap). A streamed
 * text is read with this much context on either side, so no mention is cut.
 */
export function measureReach(texts: Iterable<string>): Reach {
  const reach = { ascii: 0, plain: 0, all: 0 };
  const gap = MAX_SPACE_RUN + 1;
  // Measured at start-up over thousands of texts: spaces are counted natively, and the characters
  // of a text beyond ASCII are read one by one only when its CJK gaps could make it the longest.
  const rest: { text: string; spaces: number }[] = [];
  for (const text of new Set(texts)) {
    // Counted by native searches: splitting every text made an array per text, most of this cost.
    let spaces = 0;
    for (let i = text.indexOf(' '); i >= 0; i = text.indexOf(' ', i + 1)) spaces++;
    const span = text.length + spaces * gap;
    reach.plain = Math.max(reach.plain, span);
    if (!isAscii(text)) {
      rest.push({ text, spaces });
      continue;
    }
    reach.all = Math.max(reach.all, span);
    reach.ascii = Math.max(reach.ascii, span);
  }
  for (const { text, spaces } of rest) {
    // At most one gap per character: a text that could not beat the maxima so far is passed.
    const most = text.length + text.length * gap;
    if (most <= reach.all && (most <= reach.ascii || text.charCodeAt(0) >= 128)) continue;
    let gaps = spaces;
    for (let i = 0; i + 1 < text.length; i++)
      if (isCjkCode(text.charCodeAt(i)) && isCjkCode(text.charCodeAt(i + 1))) gaps++;
    const span = text.length + gaps * gap;
    reach.all = Math.max(reach.all, span);
    if (text.charCodeAt(0) < 128) reach.ascii = Math.max(reach.ascii, span);
  }
  return reach;
}
