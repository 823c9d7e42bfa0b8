import type { Catalog } from '../catalog/index.js';
import type { FindingForm } from '../detect/index.js';
import { parseQuery } from './parse-query.js';
import { readExact } from './read-exact.js';
import { asErrno, readNumber } from './read-number.js';
import type { LookupMatch } from './readings.js';

/** One error a short question names by a code or a symbol of its own. */
export interface AskedEntry {
  match: LookupMatch;
  /** The token that named it, and where it starts in the question. */
  token: string;
  index: number;
  form: FindingForm;
}

/** What a short question names, read in `text` (the question with full-width forms made ASCII). */
export interface AskedQuestion {
  text: string;
  asked: AskedEntry[];
  /** Every word of it names an error (`10054 10061`, `10053, 0x2746`). */
  list: boolean;
}

/** CJK ideographs and kana: Chinese and Japanese put no space between a code and the words around it. */
const CJK = '\\u3040-\\u30ff\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff';
/**
 * A question's words: what lies between spaces and the punctuation that lists, asks or assigns
 * (`errno=32`); a run of CJK is a word of its own (`10054是什麼`).
 */
const TOKEN = new RegExp(`[${CJK}]+|[^\\s,;、，；/|+&?？!！()（）「」"“”‘’\`*=${CJK}]+`, 'gu');
/** Full stops and colons that end a token without being part of it (`10054.`, `10061:`). */
const TRAILING = /[.:。：]+$/u;
/** Words before a number that make it a port, never a code (`port 10061`, `在連接埠10061`). */
const PORT_WORDS = new Set(['port', 'ports']);
const PORT_ENDINGS = ['埠', '端口'];
const isPortWord = (word: string) => PORT_WORDS.has(word) || PORT_ENDINGS.some((w) => word.endsWith(w));

/** The words a number follows as an errno (`errno 13`, `[Errno 32]`, Rust's `(os error 9)`). */
const isErrnoWord = (word: string, before: string) =>
  word === 'errno' || word === '[errno' || (word === 'error' && before === 'os');

type Read = Omit<AskedEntry, 'token' | 'index'> & { small: boolean };

/**
 * Reads one token as an error of its own, or as nothing: a number or HRESULT naming one error alone,
 * a symbol only as written like one, and as a name or alias of its own (a class or a member that
 * several errors share names none of them).
 */
function readToken(catalog: Catalog, token: string, afterErrno: boolean): Read | null {
  const parsed = parseQuery(token);
  if (parsed.kind === 'text' || parsed.kind === 'empty') return null;
  if (afterErrno && parsed.kind === 'number' && !parsed.hex) return readErrno(catalog, parsed.value);
  const [best, ...more] = readExact(catalog, parsed);
  if (!best) return null;
  if (parsed.kind === 'symbol') {
    const own = best.readings.some((r) => r.kind === 'symbol' || r.kind === 'posixName');
    return own || more.length === 0 ? { match: best, form: 'symbol', small: false } : null;
  }
  if (more.length > 0) return null;
  if (parsed.kind === 'hresult') return { match: best, form: 'hresult', small: false };
  return { match: best, form: parsed.value < 0 ? 'libuv' : 'code', small: Math.abs(parsed.value) < 1000 };
}

/**
 * A number after `errno` as an errno: the one error it is (see `asErrno`), or nothing where it
 * names several (62 is ETIME on Linux and ELOOP on macOS: the words around it tell). Small as it
 * is, it is no count.
 */
function readErrno(catalog: Catalog, value: number): Read | null {
  const [only, ...more] = asErrno(readNumber(catalog, value, false));
  return only && more.length === 0 ? { match: only, form: 'errno', small: false } : null;
}

/**
 * The errors a short question to sockerr names by code or symbol, in the order it names them,
 * each once, with the question as they were read in, and whether it is a list (`10054 10061
 * 10060`, `10053, 0x2746`) or codes among words (`what is 10061?`, `ECONNRESET 和 WSAETIMEDOUT`).
 * Asked directly, a Winsock number needs no context around it, except a port's. A small number
 * (`995`, `61`) counts only in a list of nothing but errors: among words, it is more often a count
 * or a line.
 */
export function readAskedEntries(catalog: Catalog, question: string): AskedQuestion {
  // Full-width digits and letters read as ASCII (a Chinese or Japanese keyboard's `１００５４`).
  const text = question.normalize('NFKC');
  const reads: (AskedEntry & { small: boolean })[] = [];
  let tokens = 0;
  let before = '';
  let beforeThat = '';
  for (const { 0: raw, index } of text.matchAll(TOKEN)) {
    const token = raw.replace(TRAILING, '');
    if (token === '') continue;
    tokens += 1;
    const read = isPortWord(before) ? null : readToken(catalog, token, isErrnoWord(before, beforeThat));
    beforeThat = before;
    before = token.toLowerCase();
    if (read) reads.push({ ...read, token, index });
  }
  const list = tokens > 1 && reads.length === tokens;
  const asked: AskedEntry[] = [];
  for (const { small, ...read } of reads) {
    if ((list || !small) && !asked.some((a) => a.match.entry.id === read.match.entry.id)) asked.push(read);
  }
  return { text, asked, list };
}
