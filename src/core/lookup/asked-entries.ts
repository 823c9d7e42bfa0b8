import type { Catalog } from '../catalog/index.js';
import type { FindingForm } from '../detect/index.js';
import { parseQuery } from './parse-query.js';
import { type LookupMatch, readHresult, readNumber, readSymbol } from './readings.js';

/** One error a short question names by a code or a symbol of its own. */
export interface AskedEntry {
  match: LookupMatch;
  /** The token that named it, and where it starts in the question. */
  token: string;
  index: number;
  form: FindingForm;
}

/** A question's words: what lies between spaces and the punctuation that lists or asks. */
const TOKEN = /[^\s,;、，；/|+&?？!！()（）「」"“”‘’`*]+/gu;
/** Full stops and colons that end a token without being part of it (`10054.`, `10061:`). */
const TRAILING = /[.:。：]+$/u;
/** Words before a number that make it a port, never a code (`port 10061`). */
const PORT_WORDS = new Set(['port', 'ports', '埠', '連接埠', '端口']);

/**
 * Reads one token as an error of its own, or as nothing. Numbers count only where they name one
 * error alone and are too large for a count or an errno (a Winsock code, libuv's `-4077`): in a
 * sentence, `3` or `104` are more often something else. Symbols count as written like one.
 */
function readToken(catalog: Catalog, token: string): Omit<AskedEntry, 'token' | 'index'> | null {
  const parsed = parseQuery(token);
  if (parsed.kind === 'number') {
    const matches = readNumber(catalog, parsed.value, parsed.hex);
    const [only] = matches;
    if (!only || matches.length > 1 || Math.abs(parsed.value) < 1000) return null;
    return { match: only, form: parsed.value < 0 ? 'libuv' : 'code' };
  }
  if (parsed.kind === 'hresult') {
    const [only, ...more] = readHresult(catalog, parsed.hresult);
    return only && more.length === 0 ? { match: only, form: 'hresult' } : null;
  }
  if (parsed.kind !== 'symbol') return null;
  const matches = readSymbol(catalog, parsed.symbol, parsed.posixOnly);
  const [best] = matches;
  // A name or alias of one entry; a class or a member that several share names none of them.
  const own = best?.readings.some((r) => r.kind === 'symbol' || r.kind === 'posixName');
  return best && (own || matches.length === 1) ? { match: best, form: 'symbol' } : null;
}

/**
 * The errors a short question to sockerr names by code or symbol, in the order it names them,
 * each once, with the question as they were read in: `10054 10061 10060`, `what is 10061?`, `ECONNRESET 和 WSAETIMEDOUT`. Asked
 * directly, a Winsock number needs no context around it, except a port's.
 */
export function readAskedEntries(catalog: Catalog, question: string): { text: string; asked: AskedEntry[] } {
  // Full-width digits and letters read as ASCII (a Chinese or Japanese keyboard's `１００５４`).
  const text = question.normalize('NFKC');
  const asked: AskedEntry[] = [];
  let before = '';
  for (const { 0: raw, index } of text.matchAll(TOKEN)) {
    const token = raw.replace(TRAILING, '');
    const read = token && !PORT_WORDS.has(before) ? readToken(catalog, token) : null;
    before = token.toLowerCase();
    if (read && !asked.some((a) => a.match.entry.id === read.match.entry.id))
      asked.push({ ...read, token, index });
  }
  return { text, asked };
}
