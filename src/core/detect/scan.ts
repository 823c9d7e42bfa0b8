import type { DetectionIndex, Payload } from './build-index.js';
import { applyContext, createContextWords } from './context-words.js';
import { dropContained } from './drop-contained.js';
import { createEvidenceLookup } from './evidence.js';
import { emptyFound, type Found } from './found.js';
import { handlePayload } from './handle-payload.js';
import { createHintLookup } from './hint-words.js';
import { type ContextRule, type Hit, lowerConfidence } from './hit.js';
import { findKeywordStart } from './keywords/match.js';
import type { MessageMention } from './message-mention.js';
import { nodeErrorHeadOf } from './node-error-fields.js';
import { resolveNumber } from './numbers.js';
import { mayReadNumberGated } from './read-number.js';
import { dropRetoldHeads } from './retold-head.js';
import { dropUnixSocketFileErrors } from './unix-socket.js';

/**
 * Is `pos` in the fields of a Node error whose head line holds an application's own wording (a
 * `notErrors` text)? Then the fields are that wording's too (node-error-fields.ts).
 */
function inSetAsideRecord(text: string, wordings: readonly MessageMention[], pos: number): boolean {
  if (wordings.length === 0) return false;
  const head = nodeErrorHeadOf(text, pos);
  if (head < 0) return false;
  const nl = text.indexOf('\n', head);
  const end = nl < 0 ? text.length : nl;
  return wordings.some((w) => w.start >= head && w.start < end);
}

/**
 * Is `[start, end)` inside one of the messages (sorted by start, not nested)? An application's own
 * wording (a `notErrors` text, no ids) counts too: the errno it quotes is part of it.
 */
function insideMessage(messages: readonly MessageMention[], start: number, end: number): boolean {
  let lo = 0;
  let hi = messages.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((messages[mid] as MessageMention).start <= start) lo = mid + 1;
    else hi = mid;
  }
  const m = messages[lo - 1];
  return m !== undefined && m.end >= end;
}

/** A keyword with number gates (`error`) is read only where a number may follow it; others always. */
const passesNumberGate = (text: string, end: number, gates: number) =>
  gates === 0 || mayReadNumberGated(text, end, gates);

/** Where the reads ahead of `readCandidates` end up, so that V8 cannot drop them as unused. */
const readAhead = { sink: 0 };

/**
 * Confirms the automaton's candidates and reads what each means into `found`. Its own function,
 * so V8 optimizes this hot loop on its own (one long function with it is deoptimized each time its
 * colder tail first runs).
 */
function readCandidates(index: DetectionIndex, text: string, found: Found): void {
  const { data: candidates, length } = index.automaton.collect(text);
  // Read once: the calls in the loop could change `index` as far as V8 knows.
  const { numberGates, keys, payloads } = index;
  // The text around each candidate is long out of cache by now (a log is megabytes). Reading a
  // character of each cache line around it first (the keyword, the number or message after it, the
  // name before it), in a loop whose reads do not wait on each other, lets the processor fetch many
  // lines at once; the loop below, whose every step waits on its reads, then finds them in cache.
  // Every read stays inside the text: one out of it (NaN) deoptimizes the loop, once per read.
  let touched = 0;
  const last = text.length - 1;
  for (let c = 1; c < length; c += 2) {
    const end = candidates[c] as number;
    touched |= text.charCodeAt(end - 1) | text.charCodeAt(Math.min(end + 40, last));
    touched |= text.charCodeAt(Math.max(end - 48, 0)) | text.charCodeAt(Math.min(end + 104, last));
    touched |= text.charCodeAt(Math.max(end - 112, 0));
  }
  readAhead.sink ^= touched;
  for (let c = 0; c < length; c += 2) {
    const k = candidates[c] as number;
    const end = candidates[c + 1] as number;
    // `error` is everywhere in logs and `error 10054` is not: test what follows before confirming.
    if (!passesNumberGate(text, end, numberGates[k] as number)) continue;
    const key = keys[k] as string;
    const start = findKeywordStart(text, key, end);
    if (start < 0) continue;
    for (const payload of payloads[k] as readonly Payload[])
      handlePayload(index, text, found, payload, key, start, end);
  }
}

/**
 * How many of the automaton's candidates in `text` the confirming step reads (`readCandidates`): a
 * keyword that matters only next to a number (`error`) counts only where one may follow. What the
 * speed issue asks to measure per MB: the work confirming costs, before any candidate is confirmed.
 */
export function countCandidates(index: DetectionIndex, text: string): number {
  const { data: candidates, length } = index.automaton.collect(text);
  let count = 0;
  for (let c = 0; c < length; c += 2) {
    const gates = index.numberGates[candidates[c] as number] as number;
    if (passesNumberGate(text, candidates[c + 1] as number, gates)) count++;
  }
  return count;
}

/**
 * Finds every mention of every error in `text`, with its form and confidence (not yet merged).
 * `stretch`: the text's prefixes were read as blanks, so what is near counts their runs once.
 * `wrapped`: a wrap broke one of its first lines (layout.ts), so words may be broken across lines.
 * `tagged`: those prefixes were a syslog tag's, whose colon a rule's condition reads (line-before.ts).
 */
export function scanMentions(
  index: DetectionIndex,
  text: string,
  stretch = false,
  wrapped = false,
  tagged = false,
): Hit[] {
  const { tables } = index;
  const found = emptyFound(stretch, wrapped, tagged);
  const { evidence, pending, messages, numbers } = found;
  readCandidates(index, text, found);

  evidence.sort((a, b) => a.start - b.start);
  const kept = dropRetoldHeads(text, dropContained(messages));
  const words = createContextWords(text, ...index.contextPatterns, kept, stretch);
  const hits: Hit[] = [];
  const keep = (hit: Hit, context: ContextRule, lowered = false) => {
    let confidence = applyContext(words, context, hit.start, hit.end, hit.confidence);
    if (confidence === null) return;
    if (lowered) confidence = lowerConfidence(confidence);
    hits.push(confidence === hit.confidence ? hit : { ...hit, confidence });
  };
  // What is printed inside a known text is part of it, as a number is (below). A code is part of
  // any known text: inside an application's own wording it is that application's (axios's
  // `ECONNABORTED` for its own timeout), inside a phrase the phrase names the error (`querySrv
  // ECONNREFUSED` is c-ares failing to reach a DNS server). A class is part of an application's own
  // wording (asyncio's errno-less `ConnectionResetError: Connection lost`).
  const ownWordings = kept.filter((m) => m.variant === 'not-error');
  for (const p of pending) {
    const within = p.hit.form === 'symbol' ? kept : ownWordings;
    if (insideMessage(within, p.hit.start, p.hit.end)) continue;
    if (!inSetAsideRecord(text, ownWordings, p.hit.start)) keep(p.hit, p.context);
  }
  for (const m of kept) {
    const id = m.ids[0];
    if (id === undefined) continue;
    const hit: Hit = {
      id,
      start: m.start,
      end: m.end,
      form: 'message',
      confidence: m.confidence,
      variant: m.variant,
    };
    keep(m.fallback ? { ...hit, fallback: true } : hit, m.context, m.lowered);
  }
  const evidenceNear = createEvidenceLookup(text, evidence, stretch);
  const hints = createHintLookup(text, index.hints, index.longestHint);
  // Several keywords can lead to one number (`[Errno`, `errno`): the longest that reads it wins. A
  // keyword that owns its number keeps it even when it reads none there (`npm ERR! errno 1`).
  const numberEnds = new Set<number>();
  numbers.sort((a, b) => a.end - b.end || a.start - b.start);
  for (const m of numbers) {
    // A number printed inside a known text is part of it (`SocketException (11): Resource …`).
    if (numberEnds.has(m.end) || insideMessage(kept, m.start, m.end)) continue;
    if (inSetAsideRecord(text, ownWordings, m.start)) continue;
    const hit = resolveNumber(m, tables, { words, evidenceNear, hints });
    if (hit || m.owns) numberEnds.add(m.end);
    if (hit) hits.push(hit);
  }
  return dropUnixSocketFileErrors(tables.unixSocket, text, hits);
}
