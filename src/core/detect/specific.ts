import type { Hit } from './hit.js';
import { endsInWrap } from './wrap-break.js';

/** Hits further apart than this are separate mentions, even on one line. */
const MENTION_SPAN = 160;
/**
 * The longest stretch one mention covers, however close its hits: errors printed back to back on one
 * line (a JSON array of them on a single line) were otherwise one mention, which a stream holds
 * whole, text and all (4 MB of `ECONNRESET ` took 250 MB; at 8 MB its hits overflowed the stack).
 */
export const MENTION_REACH = 1 << 13;

/** Keeps the most specific reading of each mention, for hits given in order (see {@link preferSpecific}). */
export interface SpecificFilter {
  /**
   * Adds hits sorted by start (then longest first), all after those added before; `text` holds
   * them, its first character at offset `base`. Returns the hits of the mentions now complete.
   */
  add(hits: readonly Hit[], text: string, base: number): Hit[];
  /** Where the first hit not yet returned starts (Infinity when none waits). */
  pendingFrom(): number;
  /**
   * Every hit starting before `readTo` has been added: returns the last mention's hits if no
   * later hit can join it (it ends more than MENTION_SPAN before), as the next hit would.
   */
  settle(readTo: number): Hit[];
  /** The hits of the last mention. */
  end(): Hit[];
}

/**
 * The most specific reading wins within one mention: a default reading (an exception class's, a
 * generic phrase's, an unconfirmed errno's) is dropped when the same mention (hits on one line,
 * each within {@link MENTION_SPAN} of the previous) names another error specifically. A line a wrap
 * broke is one line: `…UnknownHostException: Unable to resolve host` wrapped above `"db.internal":
 * No address associated with hostname` is 11004 only, as it is unwrapped.
 * `java.net.ConnectException: Connection timed out` is a timeout, not a refusal; `getaddrinfo
 * failed … errno 11002` is 11002 only. Linear: one pass over the sorted hits.
 */
export function createSpecificFilter(): SpecificFilter {
  let group: Hit[] = [];
  /** The furthest end of any hit so far (not reset between mentions). */
  let groupEnd = -1;
  const flush = (kept: Hit[]) => {
    const specific = new Set<string>();
    for (const h of group) if (!h.fallback) specific.add(h.id);
    for (const h of group)
      if (!h.fallback || specific.size === 0 || (specific.size === 1 && specific.has(h.id))) kept.push(h);
    group = [];
  };
  return {
    add(hits, text, base) {
      const kept: Hit[] = [];
      for (const hit of hits) {
        if (group.length > 0) {
          // Near, and on one line: no line break between the furthest end so far and this hit, but
          // where a wrap broke the line (a console's width, a mailer's or an editor's wrap).
          const first = group[0] as Hit;
          let together = hit.start - groupEnd <= MENTION_SPAN && hit.start - first.start <= MENTION_REACH;
          for (let i = groupEnd - base; together && i < hit.start - base; i++)
            together = text.charCodeAt(i) !== 10 || endsInWrap(text, i);
          if (!together) flush(kept);
        }
        group.push(hit);
        groupEnd = Math.max(groupEnd, hit.end);
      }
      return kept;
    },
    pendingFrom: () => (group.length > 0 ? (group[0] as Hit).start : Number.POSITIVE_INFINITY),
    settle(readTo) {
      const kept: Hit[] = [];
      if (group.length > 0 && readTo - groupEnd > MENTION_SPAN) flush(kept);
      return kept;
    },
    end() {
      const kept: Hit[] = [];
      flush(kept);
      return kept;
    },
  };
}

/** The most specific readings of one whole text's hits (sorted by start, then longest first). */
export function preferSpecific(text: string, hits: Hit[]): Hit[] {
  if (!hits.some((h) => h.fallback)) return hits;
  const filter = createSpecificFilter();
  return [...filter.add(hits, text, 0), ...filter.end()];
}
