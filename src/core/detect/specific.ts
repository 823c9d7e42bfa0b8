import type { Hit } from './hit.js';

/** Hits further apart than this are separate mentions, even on one line. */
const MENTION_SPAN = 160;

/**
 * The most specific reading wins within one mention: a default reading (an exception class's, a
 * generic phrase's, an unconfirmed errno's) is dropped when the same mention (hits on one line,
 * each within {@link MENTION_SPAN} of the previous) names another error specifically.
 * `java.net.ConnectException: Connection timed out` is a timeout, not a refusal; `getaddrinfo
 * failed … errno 11002` is 11002 only. Linear: one pass over the sorted hits.
 */
export function preferSpecific(text: string, hits: Hit[]): Hit[] {
  if (!hits.some((h) => h.fallback)) return hits;
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Hit[] = [];
  let group: Hit[] = [];
  let groupEnd = -1;
  let nextBreak = text.indexOf('\n');
  const flush = () => {
    const specific = new Set<string>();
    for (const h of group) if (!h.fallback) specific.add(h.id);
    for (const h of group)
      if (!h.fallback || specific.size === 0 || (specific.size === 1 && specific.has(h.id))) kept.push(h);
    group = [];
  };
  for (const hit of hits) {
    // The first line break at or after the group's end moves forward only: linear overall.
    if (nextBreak !== -1 && nextBreak < groupEnd) nextBreak = text.indexOf('\n', groupEnd);
    const sameLine = nextBreak === -1 || nextBreak >= hit.start;
    if (group.length > 0 && !(sameLine && hit.start - groupEnd <= MENTION_SPAN)) flush();
    group.push(hit);
    groupEnd = Math.max(groupEnd, hit.end);
  }
  flush();
  return kept;
}
