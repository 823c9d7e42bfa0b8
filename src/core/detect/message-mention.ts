import type { Confidence } from './finding.js';
import type { ContextRule } from './hit.js';

/** A message text found in the input, before overlaps and context are resolved. */
export interface MessageMention {
  ids: readonly string[];
  start: number;
  end: number;
  confidence: Confidence;
  context: ContextRule;
  /** Lower case inside a sentence: one level less sure. */
  lowered: boolean;
  variant: string;
  /** A default reading that a more specific one in the same mention overrides. */
  fallback?: boolean;
  /** A runtime phrase whose conditions on the text around it held: it beats the bare text it equals. */
  conditioned?: boolean;
  /** Read loosely (a long text retyped with slips): another error's text read exactly there wins. */
  loose?: boolean;
}

/** An application's own wording on `start`–`end`: a mention with no id that hides any error inside it. */
export const notErrorAt = (start: number, end: number): MessageMention => ({
  ids: [],
  start,
  end,
  confidence: 'low',
  context: {},
  lowered: false,
  variant: 'not-error',
});
