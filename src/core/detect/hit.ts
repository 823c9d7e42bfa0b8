import type { Confidence, FindingForm } from './finding.js';

/** Confidence as a number, for comparisons: low 0, medium 1, high 2. */
export function rankOf(confidence: Confidence): number {
  return confidence === 'high' ? 2 : confidence === 'medium' ? 1 : 0;
}

/** The lower of two confidences. */
export function capConfidence(confidence: Confidence, cap: Confidence | undefined): Confidence {
  return cap !== undefined && rankOf(cap) < rankOf(confidence) ? cap : confidence;
}

/** One level down (high → medium → low). */
export function lowerConfidence(confidence: Confidence): Confidence {
  return confidence === 'high' ? 'medium' : 'low';
}

/** One matched occurrence of one error in one form, before findings are merged. */
export interface Hit {
  id: string;
  start: number;
  end: number;
  form: FindingForm;
  confidence: Confidence;
  /** What kind of mention this is (`symbol:ECONNRESET:code-prop`); repeats of a variant are new occurrences. */
  variant: string;
  /**
   * A default reading (an exception class's, a generic phrase's, an unconfirmed errno's): it gives
   * way to a more specific mention of another error in the same mention (`ConnectException:
   * Connection timed out` is a timeout).
   */
  fallback?: boolean;
}

/** Text near a number that tells which error it means (a message, a symbol, an exception class…). */
export interface Evidence {
  start: number;
  end: number;
  ids: readonly string[];
}

/**
 * What the words around a mention do to it: `requireSocket` (low without a socket word near),
 * `dropOnFile` (gone when a file word is nearer than any socket word), `promote` (high with a
 * socket word near).
 */
export interface ContextRule {
  requireSocket?: boolean;
  /** With `requireSocket`: dropped rather than kept low (generic texts and bare numbers: `Broken pipe`). */
  dropWithoutSocket?: boolean;
  dropOnFile?: boolean;
  promote?: boolean;
}

/** How much surrounding text counts as "near" (context words, evidence for a number). */
export const NEAR = 240;

/**
 * The variant `${kind}:${name}`, made once for each kind and name (both from the catalog and the
 * rules, so few): merging looks every mention's variant up in a map, and a string made anew for
 * each mention is copied and hashed anew there (thousands of times in a log).
 */
const variants = new Map<string, Map<string, string>>();
export function variantOf(kind: string, name: string): string {
  let named = variants.get(kind);
  if (named === undefined) {
    named = new Map();
    variants.set(kind, named);
  }
  let variant = named.get(name);
  if (variant === undefined) {
    variant = `${kind}:${name}`;
    named.set(name, variant);
  }
  return variant;
}
