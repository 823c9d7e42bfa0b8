import type { DetectionIndex, Payload } from './build-index.js';
import { hasKeywordCase } from './casing.js';
import { readHexCode, readName } from './codes.js';
import type { Confidence } from './finding.js';
import type { Found } from './found.js';
import { type ContextRule, capConfidence, type Hit, variantOf } from './hit.js';
import { isIpxeOwnError } from './ipxe-code.js';
import { isListedCode } from './listed-code.js';
import { type MessageMention, notErrorAt } from './message-mention.js';
import { errnoBefore, readLooseMessage, readMessage, readNotError, readOtherCase } from './messages.js';
import { PATTERNS } from './patterns.js';
import { type NumberMention, readNumberAfter } from './read-number.js';
import { readPhrase } from './read-phrase.js';
import { endsWithOneOf } from './record-window.js';
import { isAtomContext, symbolLabel } from './text.js';
import { hasSymbolBoundaries, isComparedSymbol, isWordCode } from './word-boundaries.js';

const symbolHit = (id: string, start: number, end: number, confidence: Confidence, variant: string): Hit => ({
  id,
  start,
  end,
  form: 'symbol',
  confidence,
  variant,
});

function addHitTo(found: Found, hit: Hit, context: ContextRule, ids: readonly string[] = [hit.id]): void {
  found.pending.push({ hit, context });
  found.evidence.push({ start: hit.start, end: hit.end, ids });
}

/** Keeps a message that was read, as a finding's evidence too. */
function addMessageTo(found: Found, text: string, m: MessageMention | null, full: string): void {
  if (!m) return;
  found.messages.push(m);
  found.evidence.push({ start: m.start, end: m.end, ids: m.ids });
  found.messageEnds.set(full, Math.max(m.end, found.messageEnds.get(full) ?? 0));
  const errno = errnoBefore(text, m.start);
  if (errno) {
    const number: NumberMention = {
      start: errno.start,
      end: m.start,
      value: errno.value,
      spaces: ['posix'],
      variant: 'number:(n:',
      forced: m.ids,
    };
    found.numbers.push(number);
  }
}

/**
 * The message an anchor leads to, unless an exact read already covered it. Its own function:
 * the loose read is rare and first comes late in a log, and a call `handlePayload` had never made
 * deoptimized it for the rest of the scan.
 */
function readAnchored(
  found: Found,
  text: string,
  payload: Extract<Payload, { kind: 'anchor' }>,
  start: number,
  end: number,
): MessageMention | null {
  if ((found.messageEnds.get(payload.text) ?? -1) >= end) return null;
  return readLooseMessage(text, payload.info, payload.text, payload.offset, start);
}

/** Handles one payload of a keyword found at `[start, end)` of `text`, adding what it means to `found`. */
export function handlePayload(
  index: DetectionIndex,
  text: string,
  found: Found,
  payload: Payload,
  key: string,
  start: number,
  end: number,
): void {
  const { tables } = index;
  switch (payload.kind) {
    case 'symbol': {
      const { info } = payload;
      // Code, not an error: a symbol compared (`err.code === 'ECONNRESET'`) or listed (`['EPIPE', …]`).
      if (
        !hasSymbolBoundaries(text, start, end) ||
        isComparedSymbol(text, start) ||
        isListedCode(text, start, end)
      )
        return;
      const slice = text.slice(start, end);
      const base = info.explicit ? 'high' : capConfidence('high', tables.cap(info.id));
      if (slice === info.symbol) {
        const variant = variantOf(variantOf('symbol', info.symbol), symbolLabel(text, start));
        const afterSyscall = index.socketSyscall.test(text.slice(Math.max(0, start - 16), start));
        addHitTo(found, symbolHit(info.id, start, end, base, variant), afterSyscall ? {} : info.context);
      } else if (slice === info.symbol.toLowerCase() && PATTERNS.posixSymbol.test(info.symbol)) {
        const confidence = isAtomContext(text, start, end) ? base : capConfidence(base, 'medium');
        addHitTo(found, symbolHit(info.id, start, end, confidence, variantOf('atom', slice)), info.context);
      }
      return;
    }
    case 'atom':
      if (text.slice(start, end) === payload.rule.atom && hasSymbolBoundaries(text, start, end)) {
        if (isAtomContext(text, start, end))
          addHitTo(
            found,
            symbolHit(payload.rule.id, start, end, 'high', variantOf('atom', payload.rule.atom)),
            {},
          );
      }
      return;
    case 'message': {
      const { info, text: full } = payload;
      const exact = readMessage(text, info, full, key, start, end);
      // The prefix matched but the rest did not: a long message may still match loosely.
      const loose = !exact && info.loose && full.length > key.length;
      const m = exact ?? (loose ? readLooseMessage(text, info, full, 0, start) : null);
      const named = !m && !loose ? readOtherCase(text, info, full, key, start, end) : null;
      if (named) found.evidence.push(named);
      // iPXE's link-up, DHCP, TFTP or prompt timer printing strerror(ETIMEDOUT): no socket error.
      if (m && isIpxeOwnError(text, m.start, m.end)) found.messages.push(notErrorAt(m.start, m.end));
      else addMessageTo(found, text, m, full);
      return;
    }
    case 'anchor': {
      addMessageTo(found, text, readAnchored(found, text, payload, start, end), payload.text);
      return;
    }
    case 'phrase': {
      const context = tables.contextRule(payload.rule.id);
      addMessageTo(
        found,
        text,
        readPhrase(text, payload.rule, payload.text, key, start, end, context, found.before),
        payload.text,
      );
      return;
    }
    case 'not-error': {
      const { near, rule } = payload;
      if (rule.unlessAfter && endsWithOneOf(text, start, rule.unlessAfter)) return;
      const m = readNotError(text, payload.text, key, start, end, near, rule.nearWithin, found);
      if (m) found.messages.push(m);
      return;
    }
    case 'exception': {
      if (text.slice(start, end) !== payload.name || !hasSymbolBoundaries(text, start, end)) return;
      // A name compared like a symbol is code too (`message === "net::ERR_CONNECTION_RESET"`).
      if (isComparedSymbol(text, start)) return;
      const s = payload.standalone;
      if (!s) {
        found.evidence.push({ start, end, ids: payload.evidence });
        return;
      }
      const confidence = capConfidence(s.confidence, tables.cap(s.id));
      const hit = symbolHit(s.id, start, end, confidence, variantOf('class', s.name));
      if (s.fallback) hit.fallback = true;
      addHitTo(found, hit, tables.contextRule(s.id), payload.evidence);
      return;
    }
    case 'number': {
      const m = readNumberAfter(text, start, end, payload.context, index.isSocketCall, found.wrapped);
      if (m) found.numbers.push(m);
      return;
    }
    case 'name': {
      const m =
        hasKeywordCase(text, start, end, payload.keyword) &&
        readName(payload.table, text, start, end, tables);
      if (!m) return;
      const id = m.ids[0] as string;
      const context = payload.table === 'dotnet' ? {} : tables.contextRule(id);
      addHitTo(found, symbolHit(id, start, m.end, m.confidence, variantOf('name', key)), context, m.ids);
      return;
    }
    case 'hresult':
    case 'hex-decimal': {
      if (start > 0 && isWordCode(text.charCodeAt(start - 1))) return;
      const hit = readHexCode(payload.kind, text, start, end, tables.byCode);
      if (hit) addHitTo(found, { ...hit, confidence: capConfidence('high', tables.cap(hit.id)) }, {});
      return;
    }
  }
}
