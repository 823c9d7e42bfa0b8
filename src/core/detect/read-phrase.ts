import { hasPrintedCase } from './casing.js';
import type { Confidence } from './finding.js';
import { type ContextRule, variantOf } from './hit.js';
import { conditionText, lineBefore } from './line-before.js';
import { matchedEnd, withFinalDot } from './message-ends.js';
import type { MessageMention } from './message-mention.js';
import type { PhraseRule } from './rules.js';
import { isLowerCaseInProse } from './text.js';

/** The rules' condition texts lower-cased, each once (the rules are a fixed set: the map stays small). */
const LOWERED = new Map<string, string>();
function lowered(condition: string): string {
  let lower = LOWERED.get(condition);
  if (lower === undefined) {
    lower = condition.toLowerCase();
    LOWERED.set(condition, lower);
  }
  return lower;
}

/** Does one of `texts` (any case) start at `end`, blanks before it aside? */
function isFollowedBy(text: string, end: number, texts: readonly string[]): boolean {
  let i = end;
  while (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9) i++;
  return texts.some((t) => text.slice(i, i + t.length).toLowerCase() === lowered(t));
}

/**
 * The line a phrase's conditions are read in (`lineBefore` of the text at `start`), kept by the caller
 * for one text: several rules of one phrase (`Operation timed out` has nine) read the same line once.
 */
export interface LineBefore {
  start: number;
  line: string;
  /** Did a syslog tag, read as blanks, stand at the start of the text's lines (layout.ts)? */
  tagged: boolean;
}

/** A runtime phrase (`no such host`) with its rule's conditions; a held `socket` one needs no context words. */
export function readPhrase(
  text: string,
  rule: PhraseRule,
  full: string,
  key: string,
  start: number,
  end: number,
  context: ContextRule,
  before: LineBefore,
): MessageMention | null {
  const fullEnd = matchedEnd(text, full, key, start, end);
  if (fullEnd < 0) return null;
  const slice = text.slice(start, fullEnd);
  if (rule.exactCase ? slice !== rule.text : !hasPrintedCase(slice, [rule.text], false)) return null;
  if (rule.unlessFollowedBy && isFollowedBy(text, fullEnd, rule.unlessFollowedBy)) return null;
  let confidence: Confidence | undefined = rule.confidence;
  const conditioned = rule.requiresBefore !== undefined || rule.requiresAfter !== undefined;
  if (rule.requiresBefore || rule.unlessBefore) {
    if (before.start !== start) {
      before.start = start;
      before.line = lineBefore(text, start, before.tagged);
    }
    const { line } = before;
    if (rule.unlessBefore?.some((t) => line.includes(lowered(t)))) return null;
    if (rule.requiresBefore && !rule.requiresBefore.some((t) => line.includes(lowered(t))))
      confidence = rule.elseConfidence;
  }
  if (rule.requiresAfter && confidence !== undefined) {
    const after = conditionText(text.slice(fullEnd, fullEnd + 200));
    if (!rule.requiresAfter.some((t) => after.includes(lowered(t)))) confidence = rule.elseConfidence;
  }
  if (confidence === undefined) return null;
  // A `socket` phrase with no condition names its socket in its own words: it holds as printed.
  const held = (conditioned || rule.socket === true) && confidence === rule.confidence;
  return {
    ids: [rule.id],
    start,
    end: withFinalDot(text, fullEnd),
    confidence,
    context: held && rule.socket ? {} : context,
    // Its class or call right before it (`HttpHostConnectException: Connection to <url> refused`)
    // says this is printed output, not someone talking: lower case there is no sign of prose.
    lowered: !held && isLowerCaseInProse(text, start, fullEnd),
    variant: variantOf('message', full),
    ...(rule.fallback ? { fallback: true } : {}),
    ...(held ? { conditioned: true } : {}),
  };
}
