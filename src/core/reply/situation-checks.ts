import type { CatalogEntry, EntryText, Retryable, Situation } from '../catalog/index.js';
import type { PasteContext } from './placeholders.js';

/**
 * What an entry says for the situation a paste shows, from one of its `…When` maps: its UDP text for
 * a UDP socket's error, its text for a connection that was up, its macOS text on macOS. Transport
 * and phase come first: they change what happened, an OS only the commands. Undefined where the
 * paste shows none of these or the entry has nothing for it: the catalog's own text applies.
 */
export function inSituation<T>(
  when: Partial<Record<Situation, T>> | undefined,
  context: PasteContext = {},
): T | undefined {
  if (!when) return undefined;
  return (
    (context.transport === 'udp' ? when.udp : undefined) ??
    (context.phase === 'established' ? when.established : undefined) ??
    (context.phase === 'listening' ? when.listening : undefined) ??
    (context.phase === 'connecting' ? when.connecting : undefined) ??
    (context.os === 'macos' ? when.macos : undefined)
  );
}

/**
 * The checks of an entry that fit what the paste shows of the failing call (see `inSituation`): a
 * listener to look for is a UDP one, and `nc -vz` tests TCP; no SYN retries on a connection that
 * was up; no `getent` on macOS. A paste that shows none of these gets the catalog's checks.
 */
export function checksIn(
  text: Pick<EntryText, 'checks' | 'checksWhen'>,
  context: PasteContext = {},
): string[] {
  return [...(inSituation(text.checksWhen, context) ?? text.checks)];
}

/**
 * The summary and causes of an entry that fit what the paste shows: a UDP refusal is an ICMP port
 * unreachable for a datagram, not a reset; a timeout on a connection that was up is unanswered
 * data, not a handshake. A paste that shows none of these gets the catalog's own words.
 */
export function meaningIn(
  text: Pick<EntryText, 'summary' | 'causes' | 'summaryWhen' | 'causesWhen'>,
  context: PasteContext = {},
): { summary: string; causes: string[] } {
  return {
    summary: inSituation(text.summaryWhen, context) ?? text.summary,
    causes: [...(inSituation(text.causesWhen, context) ?? text.causes)],
  };
}

/**
 * Whether a retry can help, for what the paste shows (see `inSituation`): a port in use where a
 * server binds or listens is held by another socket, so binding again does not help, though a
 * connect() that clashed on Windows may succeed once ports free up. Else the catalog's advice.
 */
export function retryIn(
  entry: Pick<CatalogEntry, 'retryable' | 'retryWhen'>,
  context: PasteContext = {},
): Retryable {
  return inSituation(entry.retryWhen, context) ?? entry.retryable;
}
