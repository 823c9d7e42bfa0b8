import { applyContext, type ContextWords } from './context-words.js';
import type { FactTables } from './fact-tables.js';
import type { Confidence, FindingForm } from './finding.js';
import { type ContextRule, capConfidence, type Hit } from './hit.js';
import type { NumberMention } from './read-number.js';
import type { NumberSpace } from './rules.js';

/** Where an error number's readings come from, besides the fact tables. */
export interface NumberClues {
  words: ContextWords;
  /** Ids named by messages, symbols or exception classes near a span. */
  evidenceNear(start: number, end: number): ReadonlySet<string>;
  /** Does the text near a span say it comes from this OS? */
  hints(os: 'linux' | 'macos', start: number, end: number): boolean;
}

interface Reading {
  id: string;
  form: FindingForm;
  confidence: Confidence;
  posix: boolean;
  /** A POSIX reading that nothing near the number confirms: a more specific one in the same mention wins. */
  fallback?: boolean;
}

// Module-level rather than closures in the functions below: those run for every number a log
// holds, and a closure is made at each call (under tsx, which the bench runs, each also named).
/** A POSIX reading nothing near the number confirmed. */
function guess(id: string, confidence: Confidence): Reading {
  return { id, form: 'errno', confidence, posix: true, fallback: true };
}

/** A reading of a number the facts map to one id (`byCode`, libuv's, an HRESULT's), capped as the rules say. */
function code(tables: FactTables, id: string | undefined, form: FindingForm): Reading | null {
  return id === undefined
    ? null
    : { id, form, confidence: capConfidence('high', tables.cap(id)), posix: false };
}

function pickPosix(
  ids: string[],
  tables: FactTables,
  byOs: Map<string, string[]>,
  clues: NumberClues,
  m: NumberMention,
): Reading | null {
  if (ids.length === 0) return null;
  const near = clues.evidenceNear(m.start, m.end);
  const named: string[] = [];
  for (const id of ids) if (near.has(id) || m.forced?.includes(id)) named.push(id);
  if (named.length > 0)
    return { id: tables.prefer(named)[0] as string, form: 'errno', confidence: 'high', posix: true };
  let distinct = 0;
  for (let i = 0; i < ids.length; i++) if (ids.indexOf(ids[i] as string) === i) distinct++;
  // A failed socket call's errno that means one error on Linux, macOS and FreeBSD alike; when the
  // text names the call (NumberContext.sure), no default another error in the mention overrides.
  if (m.socket === 'sure' && distinct === 1)
    return { id: ids[0] as string, form: 'errno', confidence: 'high', posix: true };
  if (m.socket && distinct === 1) return guess(ids[0] as string, 'high');
  for (const os of ['linux', 'macos'] as const) {
    const hinted = byOs.get(os);
    if (hinted && hinted.length > 0 && clues.hints(os, m.start, m.end))
      return guess(hinted[0] as string, 'medium');
  }
  const first = (byOs.get('linux') ?? byOs.get('macos') ?? byOs.get('freebsd') ?? ids)[0] as string;
  return guess(first, distinct === 1 ? 'medium' : 'low');
}

function posixReadings(tables: FactTables, n: number): { ids: string[]; byOs: Map<string, string[]> } {
  const byOs = new Map<string, string[]>();
  const ids: string[] = [];
  for (const os of ['linux', 'macos', 'freebsd'] as const) {
    const found = tables.posix[os].get(n);
    if (found) {
      byOs.set(os, found);
      ids.push(...found);
    }
  }
  return { ids, byOs };
}

function readingFor(
  space: NumberSpace,
  m: NumberMention,
  tables: FactTables,
  clues: NumberClues,
): Reading | null {
  const v = m.value;
  switch (space) {
    case 'winsock':
      return v >= 10000 && v <= 11999 ? code(tables, tables.byCode.get(v), 'code') : null;
    case 'negwinsock':
      // ffmpeg on Windows returns -WSAGetLastError() for most socket errors (ff_neterrno).
      return v <= -10000 && v >= -11999 ? code(tables, tables.byCode.get(-v), 'code') : null;
    case 'win32':
      return v > 0 && v < 10000 ? code(tables, tables.byCode.get(v), 'code') : null;
    case 'libuv':
      return v <= -3000 ? code(tables, tables.libuv.get(v)?.[0], 'libuv') : null;
    case 'hresult': {
      // HRESULT_FROM_WIN32(code) = 0x80070000 | code, printed as a signed 32-bit decimal.
      const c = v + 2147024896;
      return v < 0 && c > 0 && c < 0x10000 ? code(tables, tables.byCode.get(c), 'hresult') : null;
    }
    case 'herrno': {
      const id = tables.herrno.get(v)?.[0];
      return id === undefined ? null : { id, form: 'errno', confidence: 'high', posix: false };
    }
    case 'gai': {
      if (v >= 0 || v <= -100) return null;
      const id = tables.gai.get(v)?.[0];
      return id === undefined ? null : { id, form: 'errno', confidence: 'high', posix: false };
    }
    case 'newlib': {
      // Embedded C libraries number errno their own way; what a keyword of theirs prints is read so.
      const ids = tables.newlib.get(v) ?? [];
      return pickPosix(ids, tables, new Map([['newlib', ids]]), clues, m);
    }
    case 'darwin':
    case 'negposix':
    case 'posix': {
      const n = space === 'negposix' ? -v : v;
      if (n <= 0 || n >= 200) return null;
      const all = posixReadings(tables, n);
      // Apple's NSPOSIXErrorDomain carries Darwin's own errno numbers.
      const macos = all.byOs.get('macos') ?? [];
      const { ids, byOs } = space === 'darwin' ? { ids: macos, byOs: new Map([['macos', macos]]) } : all;
      const reading = pickPosix(ids, tables, byOs, clues, m);
      return reading && space === 'negposix' ? { ...reading, form: 'libuv' } : reading;
    }
  }
}

/** A number of a mostly-file-system error with no socket words near is no finding. */
const STRICT: ContextRule = { requireSocket: true, dropOnFile: true, dropWithoutSocket: true };

/** Reads a number in the first of its spaces that knows it; null when none does. */
export function resolveNumber(m: NumberMention, tables: FactTables, clues: NumberClues): Hit | null {
  for (const space of m.spaces) {
    const reading = readingFor(space, m, tables, clues);
    if (!reading) continue;
    let confidence: Confidence | null = reading.confidence;
    // POSIX and libuv numbers of mostly-file-system errors need socket words near; without them
    // a number is no finding at all (the exception class or symbol next to it may still be one).
    if (reading.posix || reading.form === 'libuv') {
      const rule = tables.contextRule(reading.id);
      confidence = applyContext(clues.words, rule.requireSocket ? STRICT : rule, m.start, m.end, confidence);
    }
    if (confidence === null) return null;
    const hit: Hit = {
      id: reading.id,
      start: m.start,
      end: m.end,
      form: reading.form,
      confidence,
      variant: m.variant,
    };
    if (reading.fallback) hit.fallback = true;
    return hit;
  }
  return null;
}
