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
  for (const text of texts) {
    let gaps = 0;
    for (let i = 0; i < text.length; i++) {
      if (text.charCodeAt(i) === 32) gaps++;
      else if (isCjkCode(text.charCodeAt(i)) && isCjkCode(text.charCodeAt(i + 1))) gaps++;
    }
    const span = text.length + gaps * (MAX_SPACE_RUN + 1);
    reach.all = Math.max(reach.all, span);
    if (text.charCodeAt(0) < 128) reach.ascii = Math.max(reach.ascii, span);
  }
  return reach;
}
