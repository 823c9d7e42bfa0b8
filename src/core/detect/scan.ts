import type { DetectionIndex, Payload } from './build-index.js';
import { readHexCode, readName } from './codes.js';
import { applyContext, createContextWords } from './context-words.js';
import { createEvidenceLookup } from './evidence.js';
import type { Confidence } from './finding.js';
import { type ContextRule, capConfidence, type Evidence, type Hit, lowerConfidence } from './hit.js';
import { findKeywordStart } from './keywords/match.js';
import {
  dropContained,
  errnoBefore,
  type MessageMention,
  readMessage,
  readNotError,
  readPhrase,
} from './messages.js';
import { type NumberMention, readNumberAfter, resolveNumber } from './numbers.js';
import { PATTERNS } from './patterns.js';
import { hasKeywordCase, hasSymbolBoundaries, isAtomContext, isWordCode, symbolLabel } from './text.js';

/** A mention whose confidence still depends on the words around it. */
interface Pending {
  hit: Hit;
  context: ContextRule;
}

/** Finds every mention of every error in `text`, with its form and confidence (not yet merged). */
export function scanMentions(index: DetectionIndex, text: string): Hit[] {
  const { tables } = index;
  const evidence: Evidence[] = [];
  const pending: Pending[] = [];
  const messages: MessageMention[] = [];
  const numbers: NumberMention[] = [];
  const hinted = { linux: false, macos: false };

  const addNumber = (m: NumberMention | null) => {
    if (m) numbers.push(m);
  };
  const addHit = (hit: Hit, context: ContextRule, ids: readonly string[] = [hit.id]) => {
    pending.push({ hit, context });
    evidence.push({ start: hit.start, end: hit.end, ids });
  };
  const symbolHit = (
    id: string,
    start: number,
    end: number,
    confidence: Confidence,
    variant: string,
  ): Hit => ({
    id,
    start,
    end,
    form: 'symbol',
    confidence,
    variant,
  });

  const handle = (payload: Payload, key: string, start: number, end: number): void => {
    switch (payload.kind) {
      case 'symbol': {
        const { info } = payload;
        if (!hasSymbolBoundaries(text, start, end)) return;
        const slice = text.slice(start, end);
        const base = info.explicit ? 'high' : capConfidence('high', tables.cap(info.id));
        if (slice === info.symbol) {
          const variant = `symbol:${info.symbol}:${symbolLabel(text, start)}`;
          const afterSyscall = index.socketSyscall.test(text.slice(Math.max(0, start - 16), start));
          addHit(symbolHit(info.id, start, end, base, variant), afterSyscall ? {} : info.context);
        } else if (slice === info.symbol.toLowerCase() && PATTERNS.posixSymbol.test(info.symbol)) {
          const confidence = isAtomContext(text, start) ? base : capConfidence(base, 'medium');
          addHit(symbolHit(info.id, start, end, confidence, `atom:${slice}`), info.context);
        }
        return;
      }
      case 'atom':
        if (text.slice(start, end) === payload.rule.atom && hasSymbolBoundaries(text, start, end)) {
          if (isAtomContext(text, start))
            addHit(symbolHit(payload.rule.id, start, end, 'high', `atom:${payload.rule.atom}`), {});
        }
        return;
      case 'message':
      case 'phrase': {
        const m =
          payload.kind === 'message'
            ? readMessage(text, payload.info, payload.text, key, start, end)
            : readPhrase(
                text,
                payload.rule,
                payload.text,
                key,
                start,
                end,
                tables.contextRule(payload.rule.id),
              );
        if (!m) return;
        messages.push(m);
        evidence.push({ start: m.start, end: m.end, ids: m.ids });
        const errno = errnoBefore(text, m.start);
        if (errno) {
          const variant = 'number:(n:';
          addNumber({
            start: errno.start,
            end: m.start,
            value: errno.value,
            spaces: ['posix'],
            variant,
            forced: m.ids,
          });
        }
        return;
      }
      case 'not-error': {
        const m = readNotError(text, payload.text, key, start, end);
        if (m) messages.push(m);
        return;
      }
      case 'exception': {
        if (text.slice(start, end) !== payload.name || !hasSymbolBoundaries(text, start, end)) return;
        const s = payload.standalone;
        if (!s) {
          evidence.push({ start, end, ids: payload.evidence });
          return;
        }
        const confidence = capConfidence(s.confidence, tables.cap(s.id));
        addHit(
          { ...symbolHit(s.id, start, end, confidence, `class:${s.name}`), fallback: true },
          tables.contextRule(s.id),
          payload.evidence,
        );
        return;
      }
      case 'number':
        addNumber(readNumberAfter(text, start, end, payload.context, index.isSocketCall));
        return;
      case 'name': {
        const m =
          hasKeywordCase(text, start, end, payload.keyword) && readName(payload.table, text, end, tables);
        if (!m) return;
        const id = m.ids[0] as string;
        const context = payload.table === 'dotnet' ? {} : tables.contextRule(id);
        addHit(symbolHit(id, start, m.end, m.confidence, `name:${key}`), context, m.ids);
        return;
      }
      case 'hresult':
      case 'hex-decimal': {
        if (start > 0 && isWordCode(text.charCodeAt(start - 1))) return;
        const hit = readHexCode(payload.kind, text, start, end, tables.byCode);
        if (hit) addHit({ ...hit, confidence: capConfidence('high', tables.cap(hit.id)) }, {});
        return;
      }
      case 'hint':
        hinted[payload.os] ||= index.hints[payload.os].test(text.slice(start, start + payload.length));
        return;
    }
  };

  const onHit = (k: number, end: number) => {
    const key = index.keys[k] as string;
    const start = findKeywordStart(text, key, end);
    if (start < 0) return;
    for (const payload of index.payloads[k] as readonly Payload[]) handle(payload, key, start, end);
  };
  index.automaton.scan(text, onHit);

  evidence.sort((a, b) => a.start - b.start);
  const kept = dropContained(messages);
  const words = createContextWords(text, ...index.contextPatterns, kept);
  const hits: Hit[] = [];
  const keep = (hit: Hit, context: ContextRule, lowered = false) => {
    let confidence = applyContext(words, context, hit.start, hit.end, hit.confidence);
    if (confidence === null) return;
    if (lowered) confidence = lowerConfidence(confidence);
    hits.push(confidence === hit.confidence ? hit : { ...hit, confidence });
  };
  for (const p of pending) keep(p.hit, p.context);
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
  const evidenceNear = createEvidenceLookup(evidence);
  let hints: { linux: boolean; macos: boolean } | undefined;
  const readHints = () =>
    index.hintsScanned
      ? hinted
      : { linux: index.hints.linux.test(text), macos: index.hints.macos.test(text) };
  // Several keywords can lead to one number (`[Errno`, `errno`): the longest that reads it wins.
  const numberEnds = new Set<number>();
  numbers.sort((a, b) => a.end - b.end || a.start - b.start);
  for (const m of numbers) {
    if (numberEnds.has(m.end)) continue;
    const hit = resolveNumber(m, tables, { words, evidenceNear, hints: () => (hints ??= readHints()) });
    if (!hit) continue;
    numberEnds.add(m.end);
    hits.push(hit);
  }
  return hits;
}
