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
}

/** The same characters read as an application's own wording: they hide any error inside them. */
export const notError = (m: MessageMention): MessageMention => ({
  ...m,
  ids: [],
  confidence: 'low',
  context: {},
  variant: 'not-error',
});
