import { isAscii } from './ascii.js';
import { isCjkCode, MAX_SPACE_RUN } from './keywords/match.js';

/** How far a mention's text can stretch in a paste: one that starts with an ASCII character, and any. */
export interface Reach {
  ascii: number;
  all: number;
}

/**
 * The longest stretch of text a mention of these texts (normalized) can cover: each space may be a
 * run of separators, and so may each gap between two CJK characters (a console's wrap). A streamed
 * text is read with this much context on either side, so no mention is cut.
 */
export function measureReach(texts: Iterable<string>): Reach {
  const reach = { ascii: 0, all: 0 };
  for (const text of new Set(texts)) {
    // Spaces counted natively; the characters read one by one only in a text beyond ASCII (this is
    // measured at start-up, over thousands of texts).
    let gaps = text.split(' ').length - 1;
    if (!isAscii(text))
      for (let i = 0; i + 1 < text.length; i++)
        if (isCjkCode(text.charCodeAt(i)) && isCjkCode(text.charCodeAt(i + 1))) gaps++;
    const span = text.length + gaps * (MAX_SPACE_RUN + 1);
    reach.all = Math.max(reach.all, span);
    if (text.charCodeAt(0) < 128) reach.ascii = Math.max(reach.ascii, span);
  }
  return reach;
}
