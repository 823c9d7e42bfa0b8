import type { Detection, Finding } from '../detect/index.js';
import type { AskedEntry, AskedQuestion } from './asked-entries.js';

/** The errors a question names, as findings of the question (each named once, by its own token). */
export function askedDetection(text: string, asked: readonly AskedEntry[]): Detection {
  const mentions = new Map(asked.map((a) => [a.match.entry.id, [a.index]]));
  return { findings: asked.map(findingOf), mentions, read: { text, mentions } };
}

const findingOf = (a: AskedEntry): Finding => ({
  id: a.match.entry.id,
  match: a.token,
  index: a.index,
  form: a.form,
  confidence: 'high',
  count: 1,
});

/**
 * What the detector found in a short query, with the errors the query also names by a symbol
 * (`ECONNRESET vs EPIPE`: a bare EPIPE is only a maybe to detection, but here it was asked
 * about) or, where the detector already read a code by its number, by a number too (`error 10054
 * and 10061`); elsewhere a number beside a found error is more often a duration or a count
 * (`read ECONNRESET after 10060 ms`). Only where both read the query as it was typed (no invisible
 * characters, no full-width digits), so every index points into the same text.
 */
export function withAskedEntries(scanned: Detection, query: string, asked: AskedQuestion): Detection {
  if (asked.text !== query || scanned.read.text !== query) return scanned;
  const byNumber = scanned.findings.some((f) => f.form === 'code');
  const named = asked.asked.filter((a) => a.form === 'symbol' || a.form === 'hresult' || byNumber);
  if (named.length === 0) return scanned;
  const isNamed = (id: string) => named.some((a) => a.match.entry.id === id);
  // Asked about by name, an error the detector found only as a maybe (a bare `EPIPE`) is meant.
  const found = scanned.findings.map((f) => (isNamed(f.id) ? { ...f, confidence: 'high' as const } : f));
  const extra = named.filter((a) => !found.some((f) => f.id === a.match.entry.id));
  const mentions = new Map(scanned.mentions);
  for (const a of extra) mentions.set(a.match.entry.id, [a.index]);
  const findings = [...found, ...extra.map(findingOf)].sort((x, y) => x.index - y.index);
  return { findings, mentions, read: { text: query, mentions } };
}
