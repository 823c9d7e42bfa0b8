import { hasPrintedCase } from './casing.js';
import type { Confidence } from './finding.js';
import { type ContextRule, capConfidence, type Evidence, lowerConfidence, variantOf } from './hit.js';
import { matchKeyword } from './keywords/match.js';
import { conditionText, lineBefore } from './line-before.js';
import { matchLoose } from './loose.js';
import { isWordNear, reachAsGiven } from './measure-distance.js';
import { type MessageMention, notErrorAt } from './message-mention.js';
import type { MessageInfo } from './message-table.js';
import type { NearWords } from './pattern-builders.js';
import { PATTERNS } from './patterns.js';
import type { PhraseRule } from './rules.js';
import { hasMessageBoundaries, isLowerCaseInProse, isWholeSegment } from './text.js';
import { hasWrapWithin } from './wrap-break.js';

/**
 * Where the whole text `full` matched at `start` ends (long texts are confirmed past the automaton's
 * prefix), or -1 when it does not match there or is part of a longer word.
 */
function matchedEnd(text: string, full: string, key: string, start: number, end: number): number {
  const fullEnd = full.length > key.length ? matchKeyword(text, full, start) : end;
  return fullEnd >= 0 && hasMessageBoundaries(text, start, fullEnd) ? fullEnd : -1;
}

/** Includes the final period that some runtimes print and others strip (Python, Go, Rust differ). */
function withFinalDot(text: string, end: number): number {
  // A message that ends the text (or a streamed piece): a read past its end deoptimizes the callers.
  if (end >= text.length) return end;
  const next = text[end];
  // `did not...`: the dots of an ellipsis say the text was cut, they do not end it.
  if (next === '.') return text[end + 1] === '.' ? end : end + 1;
  return next === '。' ? end + 1 : end;
}

/** A message from the facts or the localized table, confirmed at `start`. */
export function readMessage(
  text: string,
  info: MessageInfo,
  full: string,
  key: string,
  start: number,
  end: number,
): MessageMention | null {
  const fullEnd = matchedEnd(text, full, key, start, end);
  if (fullEnd < 0) return null;
  const slice = text.slice(start, fullEnd);
  const exact = hasPrintedCase(slice, info.originals, info.verbatim);
  // A long message (one that may be read loosely) printed in another case is still that message in
  // full (`No Connection Could Be Made…` in a title); a short one in another case may be prose.
  if (!exact && !info.loose) return null;
  let confidence = info.confidence;
  if (info.segment && !isWholeSegment(text, start, fullEnd)) confidence = capConfidence(confidence, 'medium');
  const promotable = exact && !info.localized && info.confidence === 'medium';
  return {
    ids: info.ids,
    start,
    end: withFinalDot(text, fullEnd),
    confidence,
    context: promotable ? { ...info.context, promote: true } : info.context,
    lowered: isLowerCaseInProse(text, start, fullEnd),
    variant: variantOf('message', full),
  };
}

/**
 * A short message printed in a case no runtime prints it in (`Connection Reset By Peer`, retyped or
 * shouted): no mention of its own, as it may be a phrase of prose, but it names its error for a
 * number beside it (`[Errno 104] Connection Reset By Peer`), which reads no other error then.
 */
export function readOtherCase(
  text: string,
  info: MessageInfo,
  full: string,
  key: string,
  start: number,
  end: number,
): Evidence | null {
  const fullEnd = matchedEnd(text, full, key, start, end);
  if (fullEnd < 0) return null;
  return { start, end: fullEnd, ids: info.ids };
}

/**
 * A long message matched loosely around an anchor (`offset` into the message, at `anchorStart` in
 * the text). Retyped in full with a few slips (`faild`, `activity refused`, a dropped `the`) it is as
 * sure as an exact match: a long message is unique, and its anchors occur in no other error's text.
 * So it is with two thirds of it kept. Cut shorter, or quoted from further inside, it is one level
 * below: what is left may be a phrase of prose.
 */
export function readLooseMessage(
  text: string,
  info: MessageInfo,
  full: string,
  offset: number,
  anchorStart: number,
): MessageMention | null {
  const target = { key: full, uniqueFrom: info.uniqueFrom, uniqueBack: info.uniqueBack };
  const m = matchLoose(text, target, offset, anchorStart);
  if (!m || !hasMessageBoundaries(text, m.start, m.end)) return null;
  return {
    ids: info.ids,
    start: m.start,
    end: withFinalDot(text, m.end),
    confidence: m.sure ? info.confidence : lowerConfidence(info.confidence),
    context: info.context,
    lowered: false,
    variant: variantOf('message', full),
  };
}

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

/**
 * The line a phrase's conditions are read in (`lineBefore` of the text at `start`), kept by the caller
 * for one text: several rules of one phrase (`Operation timed out` has nine) read the same line once.
 */
export interface LineBefore {
  start: number;
  line: string;
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
  before: LineBefore = { start: -1, line: '' },
): MessageMention | null {
  const fullEnd = matchedEnd(text, full, key, start, end);
  if (fullEnd < 0) return null;
  if (!hasPrintedCase(text.slice(start, fullEnd), [rule.text], false)) return null;
  let confidence: Confidence | undefined = rule.confidence;
  const conditioned = rule.requiresBefore !== undefined || rule.requiresAfter !== undefined;
  if (rule.requiresBefore || rule.unlessBefore) {
    if (before.start !== start) {
      before.start = start;
      before.line = lineBefore(text, start);
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
  const held = conditioned && confidence === rule.confidence;
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

const FULL_STOP = 46;
/** How near an application's own words must be to the error text they hide, unless its rule says. */
const NOT_ERROR_NEAR = 300;

/**
 * An application's own wording around an error text: a mention with no id that hides what it contains.
 * With `near` (the pattern of its texts, any case), only when one of them is within `within` characters
 * ({@link NOT_ERROR_NEAR} unless its rule says; with `stretch`, white space counted once: measure-distance.ts)
 * before or after it: a client's own message that equals the OS's text, told apart by its class or frame.
 * In a text a wrap broke (`wrapped`), a wrapped line near may have put a line break for a space of one
 * (`NearWords.wrapped`).
 */
export function readNotError(
  text: string,
  full: string,
  key: string,
  start: number,
  end: number,
  near?: NearWords,
  within = NOT_ERROR_NEAR,
  { stretch, wrapped: broken } = { stretch: false, wrapped: false },
): MessageMention | null {
  const fullEnd = matchedEnd(text, full, key, start, end);
  if (fullEnd < 0) return null;
  if (near && !isWordNear(text, near.words, start, fullEnd, within, stretch)) {
    const reach = reachAsGiven(within, stretch);
    const { wrapped } = near;
    if (!broken || wrapped === null || !hasWrapWithin(text, start - reach, fullEnd + reach)) return null;
    if (!isWordNear(text, wrapped, start, fullEnd, within, stretch)) return null;
  }
  // An error message read inside it may take the sentence's final full stop: the wording covers it.
  return notErrorAt(start, text.charCodeAt(fullEnd) === FULL_STOP ? fullEnd + 1 : fullEnd);
}

const ERRNO_BEFORE = PATTERNS.errnoBefore;

/** nginx and others print `(111: Connection refused)`: the errno right before the message. */
export function errnoBefore(text: string, start: number): { value: number; start: number } | null {
  // `(111: ` or `(111:` ends right before the message; none fits before offset 3 (no read before 0).
  if (start < 3) return null;
  const last = text.charCodeAt(start - 1);
  if (last !== 58 && !(last === 32 && text.charCodeAt(start - 2) === 58)) return null;
  const before = text.slice(Math.max(0, start - 8), start);
  const m = ERRNO_BEFORE.exec(before);
  return m ? { value: Number(m[1]), start: start - before.length + m.index } : null;
}
