import { hasPrintedCase } from './casing.js';
import { capConfidence, type Evidence, lowerConfidence, variantOf } from './hit.js';
import { matchLoose } from './loose.js';
import { isWordNear, reachAsGiven } from './measure-distance.js';
import { matchedEnd, withFinalDot } from './message-ends.js';
import { type MessageMention, notErrorAt } from './message-mention.js';
import type { MessageInfo } from './message-table.js';
import type { NearWords } from './pattern-builders.js';
import { PATTERNS } from './patterns.js';
import { hasMessageBoundaries, isLowerCaseInProse, isWholeSegment } from './text.js';
import { hasReasonAfter, isTitleCased } from './title-cased.js';
import { hasWrapWithin } from './wrap-break.js';

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
  // full (`No Connection Could Be Made…` in a title); a short one in another case may be prose, but
  // in title case a distinctive one (read high when exact, needing no socket words to be one) is
  // how people retype or name an error (`client still says "Connection Refused"`): read at low,
  // never for an auto-reply. Generic ones are libraries' own titles (websocketpp's `Timer Expired`).
  // Not with a reason after a colon: an application's own refusal (MQTT's `Connection Refused: not
  // authorised.`).
  const titled =
    !exact &&
    !info.loose &&
    info.confidence === 'high' &&
    !info.context.requireSocket &&
    isTitleCased(slice) &&
    !hasReasonAfter(text, fullEnd);
  if (!exact && !info.loose && !titled) return null;
  // A setting's name with its unit after it: a form's label, a config comment, a settings screen
  // retyped (`连接超时（秒）` / `600`, corpus c229-019; public code labels fields and comments so, ids
  // 55659907967, 63159551852, 51811967912, 59219909672). No runtime prints a time unit after a message.
  const unitEnd = unitLabelEnd(text, fullEnd);
  if (unitEnd > 0) return notErrorAt(start, unitEnd);
  let confidence = titled ? capConfidence(info.confidence, 'low') : info.confidence;
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
    loose: true,
  };
}

/** Where a time unit in brackets right after `end` ends (`（秒）`), or -1. */
function unitLabelEnd(text: string, end: number): number {
  const unit = PATTERNS.unitInBrackets;
  unit.lastIndex = end;
  return unit.test(text) ? unit.lastIndex : -1;
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
