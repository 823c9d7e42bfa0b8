import type { Finding, MentionStarts, ReadText } from '../../detect/index.js';
import { isIpAddress, type PasteContext } from '../placeholders.js';
import { type ErrorPeers, peersOfError, type RecordMention, type Sighting } from './error-peers.js';
import { foldedFailures } from './folded-repeats.js';
import { MAX_RECORD, readSpots, type Spot } from './peers.js';
import { type LogRecord, recordAt, splitRecords, timestampOf } from './records.js';
import { isStackOfPrevious } from './same-failure.js';
import { type Sign, situationOf } from './situation-signs.js';
import type { Timestamp } from './timestamps.js';

/** A text and what the detector found in it, with where every mention starts. */
export interface Paste {
  text: string;
  findings: readonly Finding[];
  /** Where every mention of each error starts; a finding without them counts as its own index. */
  mentions?: MentionStarts;
  /**
   * The text as the detector read it (`Detector.withMentions`): records are read there, as a
   * stream reads them (a Docker log's record wrappers and a JSON string's escapes read back).
   */
  read?: ReadText;
}

/** One error as the paste shows it. */
export interface PasteError {
  finding: Finding;
  /** Where it first appears. */
  first: number;
  /** How many separate failures its log records show (a record that folds repeats counts them all). */
  count: number;
  /** The timestamp of the record it first appears in. */
  timestamp: Timestamp | null;
  /** Where the record it first appears in starts: two errors of one record have no order in time. */
  record: number;
  /** Hosts, ports and DNS servers of the records it appears in, first record first. */
  hosts: string[];
  ports: string[];
  dnsServers: string[];
  /** What its records show of the failing call's transport and phase (see `situationOf`). */
  signs: Sign[];
  /** The `host:port` pairs its records name as one (`10.0.0.5:5432`), first record first. */
  endpoints: string[];
  /** Each record read for its peers, first record first: a cause is claimed on what one record before another shows. */
  sightings: Sighting[];
}

/** The values of several lists, each once, in the order they first come. */
const unique = (lists: string[][]) => [...new Set(lists.flat())];
/** How many of an error's records are read for hosts and ports. */
const PEER_RECORDS = 20;

/** Records of pastes already read, by their mentions (one paste is read for counts, triage and "possibly also"). */
const recordCache = new WeakMap<object, { text: string; records: LogRecord[] }>();

/** The text records are read in, and where the mentions start in it. */
interface RecordText {
  text: string;
  mentions: MentionStarts | undefined;
}

function recordsOf({ text, mentions }: RecordText): LogRecord[] {
  const cached = mentions && recordCache.get(mentions);
  if (cached && cached.text === text) return cached.records;
  const records = splitRecords(text);
  if (mentions) recordCache.set(mentions, { text, records });
  return records;
}

/**
 * Separate failures: records that mention the error, a logged message and its stack trace being one,
 * each as many as its lines fold (`(x13 over 3m36s)`, see `foldedFailures`).
 */
function countFailures(text: string, records: readonly LogRecord[], starts: readonly number[]): number {
  const inRecord = new Map<number, number[]>();
  for (const s of starts) {
    const r = recordAt(records, s);
    if (r < 0) continue;
    const list = inRecord.get(r);
    if (list) list.push(s);
    else inRecord.set(r, [s]);
  }
  const inRecords = [...inRecord.keys()].sort((x, y) => x - y);
  let count = 0;
  inRecords.forEach((r, i) => {
    const previous = inRecords[i - 1];
    if (previous !== undefined && isStackOfPrevious(text, records, previous, r)) return;
    const at = (inRecord.get(r) as number[]).sort((x, y) => x - y);
    count += foldedFailures(text, (records[r] as LogRecord).start, at);
  });
  return Math.max(1, count);
}

/**
 * Reads a paste the way an on-call engineer does: which errors it shows, in the order they first
 * appear, how many separate times (one exception with its causes is once; two programs are twice),
 * when (the timestamps it has) and against what (the hosts and ports it names).
 */
export function readPaste(paste: Paste): PasteError[] {
  const read: RecordText = paste.read ?? { text: paste.text, mentions: paste.mentions };
  const { text } = read;
  const records = recordsOf(read);
  const startsOf = (finding: Finding) => read.mentions?.get(finding.id) ?? [finding.index];
  const spotsOf = new Map<number, Spot[]>();
  const spots = (i: number) => {
    let found = spotsOf.get(i);
    if (!found) {
      const record = records[i] as LogRecord;
      found = readSpots(text.slice(record.start, record.end));
      spotsOf.set(i, found);
    }
    return found;
  };
  // Every error's mentions in the part of each record read for peers: a record that shows several
  // errors gives each the peers near it (see `peersOfError`).
  const mentionsIn = new Map<number, RecordMention[]>();
  for (const finding of paste.findings) {
    for (const start of startsOf(finding)) {
      const r = recordAt(records, start);
      const record = records[r];
      if (!record || start - record.start >= MAX_RECORD) continue;
      const list = mentionsIn.get(r) ?? [];
      list.push({ id: finding.id, at: start - record.start });
      mentionsIn.set(r, list);
    }
  }
  const peers = (id: string) => (r: number) => peersOfError(spots(r), mentionsIn.get(r) ?? [], id);
  const errors = paste.findings.map((finding): PasteError => {
    const starts = startsOf(finding);
    const first = starts.reduce((a, b) => Math.min(a, b));
    const inRecords = [...new Set([first, ...starts].map((s) => recordAt(records, s)).filter((r) => r >= 0))];
    // The first records say where it happened; a long log repeats the same hosts thousands of times.
    const sightings = inRecords.slice(0, PEER_RECORDS).map((r): Sighting => {
      const record = records[r] as LogRecord;
      return { record: record.start, timestamp: timestampOf(text, record), peers: peers(finding.id)(r) };
    });
    const [firstSeen] = sightings;
    return {
      finding,
      first,
      count: countFailures(text, records, starts),
      timestamp: firstSeen ? firstSeen.timestamp : null,
      record: firstSeen ? firstSeen.record : first,
      ...peersOfRecords(sightings.map((seen) => seen.peers)),
      sightings,
    };
  });
  return errors.sort((a, b) => a.first - b.first);
}

/** An error's peers in all the records read for them, each once, first record first. */
export function peersOfRecords(peers: readonly ErrorPeers[]) {
  return {
    hosts: unique(peers.map((p) => p.hosts)),
    ports: unique(peers.map((p) => p.ports)),
    dnsServers: unique(peers.map((p) => p.dnsServers)),
    endpoints: unique(peers.map((p) => p.endpoints)),
    signs: [...new Set(peers.flatMap((p) => p.signs))],
  };
}

/**
 * What the checks of an error may be filled with: the first host, IP address, port and DNS server
 * it appears with; and what its records show of its transport and phase, which choose them.
 */
export function contextOf(error: PasteError): PasteContext {
  const context: PasteContext = {};
  if (error.hosts[0]) context.host = error.hosts[0];
  const address = error.hosts.find(isIpAddress);
  if (address) context.address = address.replace(/^\[|\]$/g, '');
  if (error.ports[0]) context.port = error.ports[0];
  if (error.dnsServers[0]) context.dnsServer = error.dnsServers[0];
  return { ...context, ...situationOf(error.signs) };
}
