import type { CatalogEntry, Locale } from '../catalog/index.js';
import type { Translate } from '../i18n/index.js';
import type { ErrorPeers } from './paste/error-peers.js';
import type { PasteError } from './paste/read-paste.js';
import { happenedAfter } from './paste/time-order.js';

/**
 * The only causes a triage may suggest: known chains an on-call engineer sees again and again.
 * A failed look-up of a host, then timeouts to the same host (or port, where one side names no host); a
 * refusal, then resets on the same peer (a server restarting). Anything else gets no claim.
 */
const CHAINS = [
  { cause: 'dns', effect: 'timeout', link: 'host-or-port' },
  { cause: 'refused', effect: 'reset', link: 'peer' },
] as const;

type Chain = (typeof CHAINS)[number];

/** An error of a triage: what the paste shows of it, and its catalog entry. */
export interface TriageError extends PasteError {
  entry: CatalogEntry;
}

/** The link one record of the cause and a later one of the effect show, if they name the same peer. */
function linkOf(cause: ErrorPeers, effect: ErrorPeers, chain: Chain, locale: Locale, t: Translate) {
  const host = cause.hosts.find((h) => effect.hosts.includes(h));
  const port = cause.ports.find((p) => effect.ports.includes(p));
  if (chain.link === 'peer') {
    if (!host) return null;
    if (cause.ports.length > 0 && effect.ports.length > 0) {
      // A peer is a host and port the paste names as one: 10.0.0.6 from one refusal and 5432 from
      // another are none. Only where a side names them apart (`host='db', port=5432`) do they pair.
      const both = cause.endpoints.length > 0 && effect.endpoints.length > 0;
      const peer = both
        ? cause.endpoints.find((e) => effect.endpoints.includes(e))
        : port && `${host}:${port}`;
      return peer ? t(locale, 'link.peer', { peer }) : null;
    }
    return t(locale, 'link.host', { host });
  }
  if (host) return t(locale, 'link.host', { host });
  // A port alone is no link where both name their hosts and none is shared: a name that did not
  // resolve and a timeout to some address on 443 or 9100 are two calls (c73-042: two printers).
  if (cause.hosts.length > 0 && effect.hosts.length > 0) return null;
  return port ? t(locale, 'link.port', { port }) : null;
}

/**
 * The link the paste shows between two errors: a record of the cause, before a record of the
 * effect (and no later by their timestamps), naming the same peer. The peers of all their records
 * together are not enough: a refusal of 10.0.0.2 logged after its reset cannot have caused it.
 */
function sharedLink(cause: TriageError, effect: TriageError, chain: Chain, locale: Locale, t: Translate) {
  for (const seen of effect.sightings) {
    for (const before of cause.sightings) {
      if (before.record >= seen.record || happenedAfter(before.timestamp, seen.timestamp)) continue;
      const link = linkOf(before.peers, seen.peers, chain, locale, t);
      if (link) return link;
    }
  }
  return null;
}

/**
 * For the error at `index`, the sentence that links it to an earlier error of the paste, when a
 * known chain fits, the cause appears first in a record of its own (and no later by the paste's
 * timestamps), and the paste names the same host or port for both.
 */
export function linkToEarlier(errors: readonly TriageError[], index: number, locale: Locale, t: Translate) {
  const effect = errors[index];
  if (!effect) return null;
  for (let i = 0; i < index; i++) {
    const cause = errors[i] as TriageError;
    // The cause must come first, in an earlier record: within one record the text's order is not
    // the order in time (Go's `refused - error from a previous attempt: … reset`, c29-058; a
    // Java cause printed after its wrapper).
    if (cause.first >= effect.first || cause.record >= effect.record) continue;
    // Nor is the text's order the order in time where the paste's timestamps say otherwise: a log
    // listed newest first (Kibana, Event Viewer, `journalctl -r`) prints the later error above.
    if (happenedAfter(cause.timestamp, effect.timestamp)) continue;
    for (const chain of CHAINS) {
      if (cause.entry.category !== chain.cause || effect.entry.category !== chain.effect) continue;
      const link = sharedLink(cause, effect, chain, locale, t);
      if (link) return t(locale, 'triage.follows', { n: i + 1, link });
    }
  }
  return null;
}
