import type { ContextRule, Evidence, Hit } from './hit.js';
import type { MessageMention } from './message-mention.js';
import type { NumberMention } from './read-number.js';
import type { LineBefore } from './read-phrase.js';

/** A mention whose confidence still depends on the words around it. */
interface Pending {
  hit: Hit;
  context: ContextRule;
}

/** What the payloads of the keywords found in one text add up to. */
export interface Found {
  evidence: Evidence[];
  pending: Pending[];
  messages: MessageMention[];
  numbers: NumberMention[];
  /** Where each long message last matched (exactly or loosely), so its anchors are not read twice. */
  messageEnds: Map<string, number>;
  /** Is a run of white space one character when near is measured (measure-distance.ts)? */
  stretch: boolean;
  /** Did a wrap break one of the text's first lines (layout.ts)? */
  wrapped: boolean;
  /** The line before the last phrase a rule's condition read (read-phrase.ts). */
  before: LineBefore;
}

/** Nothing found yet in a text. */
export function emptyFound(stretch: boolean, wrapped: boolean, tagged = false): Found {
  return {
    evidence: [],
    pending: [],
    messages: [],
    numbers: [],
    messageEnds: new Map(),
    stretch,
    wrapped,
    before: { start: -1, line: '', tagged },
  };
}
