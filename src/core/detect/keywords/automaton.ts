/**
 * A multi-keyword scanner (Aho–Corasick compiled to a dense DFA, see compile.ts) over a reduced
 * alphabet: every character is first folded as `foldCode` (match.ts) folds it (letters case-folded,
 * runs of whitespace and soft punctuation collapse to one space, full-width CJK punctuation to its
 * ASCII twin). A reported hit is only a candidate: callers confirm it with `findKeywordStart` or
 * `matchKeyword`. One pass, constant work per input character: linear whatever the input.
 *
 * Most logs are ASCII. An ASCII text can only hold the ASCII keywords, so it is read by a smaller
 * automaton of those alone, from a byte copy of the text (`TextEncoder.encodeInto`, native); so is a
 * text whose other characters no keyword beyond ASCII holds (an arrow, a check mark: ascii-copy.ts);
 * any other text by the automaton of every keyword, built on first need. Both report the same
 * candidates for such a text, in the same order, but for candidates confirming turns away.
 */

import { PATTERNS } from '../patterns.js';
import { createAsciiCopier } from './ascii-copy.js';
import { createCarryOver } from './carry-over.js';
import { type CompiledAutomaton, compileAutomaton } from './compile.js';
import { fingerprintKeywords } from './fingerprint.js';
import { normalizeKeyword } from './match.js';
import { type BlockLoop, type QuietStates, runBytes } from './run-bytes.js';
import { runUnits } from './run-units.js';
import { createWasmArena, type WasmArena, type WasmBytes } from './run-wasm.js';
import { decodeTables, encodeTables, type SavedTables } from './saved-tables.js';
import { createPairs, type Pairs } from './streams.js';

/** A compiled scanner. */
export interface KeywordAutomaton {
  readonly keywords: readonly string[];
  /**
   * Every candidate as a pair (keyword index, end offset), in the order of their ends; at one end,
   * the longest keyword first. The pairs are overwritten by the next call.
   */
  collect(text: string): Pairs;
  /**
   * Warms the ASCII automaton's loops (start-up calls it). The automaton of every keyword, the
   * larger table, is left to the first text with a character of a keyword beyond ASCII: a process
   * that meets none never holds it (its saved table is most of the detector's memory).
   */
  prepare(): void;
  /** Both automata as bytes, for a build to save (see saved-tables.ts). */
  save(): { ascii: Uint8Array; full: Uint8Array };
}

/**
 * Keywords reported only where the bytes after them pass `test` (given `gates[keyword]`, zero for
 * the others), in ASCII texts read as bytes; a caller still tests what it is given.
 */
export interface QuietKeywords {
  gates: Uint8Array;
  test: QuietStates['test'];
}

/** Per state: the keywords' gates OR-ed, where every keyword the state reports has one; else 0. */
function quietStates(a: CompiledAutomaton, quiet: QuietKeywords): QuietStates {
  const gates = new Uint8Array(a.out.length);
  // Only states from `firstLoud` on report keywords (compile.ts numbers them last): the thousands
  // of silent ones before are not visited at every start.
  for (let state = a.firstLoud; state < a.out.length; state++) {
    const ids = a.out[state] as readonly number[];
    if (ids.length > 0 && ids.every((k) => quiet.gates[k] !== 0))
      gates[state] = ids.reduce((bits, k) => bits | (quiet.gates[k] as number), 0);
  }
  return { gates, test: quiet.test };
}

/** Texts shorter than this are read directly; longer ones through a byte copy when ASCII. */
const BYTE_COPY_FROM = 4096;
const { nonAscii: NON_ASCII } = PATTERNS;

/**
 * Compiles the keywords (any strings; duplicates allowed, each reported under its own index), or
 * takes the automata from `saved` where they are the ones these keywords compile to. `useWasm`
 * false keeps ASCII texts on the JavaScript loop (the reference the WebAssembly one is tested against).
 */
export function createKeywordAutomaton(
  keywords: readonly string[],
  saved?: SavedTables,
  quiet?: QuietKeywords,
  useWasm = true,
): KeywordAutomaton {
  const normalized = keywords.map(normalizeKeyword);
  const asciiIds: number[] = [];
  normalized.forEach((word, i) => {
    if (word !== '' && !NON_ASCII.test(word)) asciiIds.push(i);
  });
  // The ASCII automaton depends on how ASCII folds; the other on how every character does.
  // With the ASCII keywords' numbers: which keywords count as ASCII is decided here, not by the tables.
  const fingerprint = (part: 'ascii' | 'full') =>
    part === 'ascii'
      ? fingerprintKeywords([asciiIds.join(','), ...asciiIds.map((i) => normalized[i] as string)], 128)
      : fingerprintKeywords(normalized, 65536);
  // The WebAssembly loop's memory, made first: the saved ASCII table is read straight into it.
  const arena = useWasm ? createWasmArena() : null;
  const longest = (part: 'ascii' | 'full') =>
    (part === 'ascii' ? asciiIds.map((i) => normalized[i] as string) : normalized).reduce(
      (n, word) => Math.max(n, word.length),
      0,
    );
  const fromSaved = (part: 'ascii' | 'full', into: WasmArena | null) => {
    const bytes = (part === 'ascii' ? saved?.ascii(into?.land) : saved?.full(into?.land)) ?? null;
    return bytes && decodeTables(bytes, fingerprint(part), keywords.length, longest(part));
  };
  const ascii =
    fromSaved('ascii', arena) ??
    compileAutomaton(
      asciiIds.map((i) => normalized[i] as string),
      asciiIds,
      true,
    );
  const asciiQuiet = quiet && quietStates(ascii, quiet);
  let all: CompiledAutomaton | undefined;
  /** The other automaton's loop in WebAssembly, in a memory of its own, once that automaton is read. */
  let allWasm: WasmBytes | null = null;
  const full = () => {
    if (all) return all;
    const room = useWasm ? createWasmArena() : null;
    all =
      fromSaved('full', room) ??
      compileAutomaton(
        normalized,
        normalized.map((_, i) => i),
        false,
      );
    allWasm = room?.adopt(all) ?? null;
    return all;
  };
  // The loop in WebAssembly where there is WebAssembly: it holds `ascii`'s table from here on.
  const wasm = arena?.adopt(ascii) ?? null;
  const encoder = new TextEncoder();
  let scratch = new Uint8Array(0);
  /** Room for a text's bytes outside the WebAssembly memory (none, or the text past its limit). */
  const ownRoom = (length: number) => {
    if (scratch.length < length) scratch = new Uint8Array(Math.max(length, 2 * scratch.length));
    return scratch.subarray(0, length);
  };
  // A text ASCII but for characters no keyword beyond ASCII holds is still read as bytes (ascii-copy.ts).
  const copyAscii = createAsciiCopier(ascii, () => normalized.filter((w) => NON_ASCII.test(w)));
  let mixed = false;
  const hits = createPairs();
  /**
   * Reads `text` (from `first` on) from its ASCII copy in `bytes`, or by the other automaton where it
   * cannot be copied.
   */
  const readCopy = (text: string, bytes: Uint8Array, loop: BlockLoop | null, first = 0) => {
    const copied = copyAscii(text, bytes);
    // A long text (a log's step) is read by the WebAssembly loop, a chat message by JavaScript's.
    if (copied === null) runUnits(full(), text, hits, first, loop === null ? null : allWasm);
    else runBytes(ascii, bytes, text.length, hits, asciiQuiet, loop, first);
    return copied;
  };
  const carry = createCarryOver();
  // A first run over a little text of spaces and keywords, so that V8 has seen every path of the
  // loops before it optimizes them in a long text (otherwise it optimizes a loop halfway through
  // and throws that code away where the loop ends: a slow first megabyte, several times over).
  // Part of `prepare` (a server's start-up): a one-shot scan reads megabytes at once anyway.
  // Long enough to be cut into four streams, so the four-stream loop runs too.
  const warmUp = () => {
    const warm = `${asciiIds.map((i) => normalized[i]).join(' ')} `.repeat(2);
    if (warm.length >= 1 << 15) collectBytes(warm);
  };
  /** `collect` of a text of `BYTE_COPY_FROM` characters or more, from `first` on. */
  const collectBytes = (text: string, first = 0) => {
    const inWasm = wasm?.room(text.length) ?? null;
    const bytes = inWasm ?? ownRoom(text.length);
    // The copy is as long as the text: it holds all of it only when every character is one byte.
    // After a text that was not, the next (a log's next step) likely is not either: straight to
    // the copier, which copies an ASCII text too, and tells a CJK text in its first piece.
    const read = mixed ? 0 : encoder.encodeInto(text, bytes).read;
    const loop = inWasm === null ? null : (wasm?.loop ?? null);
    if (read === text.length) runBytes(ascii, bytes, text.length, hits, asciiQuiet, loop, first);
    else mixed = readCopy(text, bytes, loop, first) !== 'ascii';
    // A huge text's copy is not kept beyond its scan.
    if (scratch.length > 1 << 24) scratch = new Uint8Array(0);
  };
  return {
    keywords,
    prepare: warmUp,
    save: () => ({
      ascii: encodeTables(ascii, fingerprint('ascii'), keywords.length),
      full: encodeTables(full(), fingerprint('full'), keywords.length),
    }),
    collect(text) {
      hits.length = 0;
      if (text.length < BYTE_COPY_FROM) {
        if (!NON_ASCII.test(text)) runUnits(ascii, text, hits);
        // A chat message with a smart quote or an emoji: read as bytes too, so a chat process whose
        // pastes hold no keyword beyond ASCII never loads the other table (7 MB, 7-20 ms to read).
        else readCopy(text, ownRoom(text.length), null);
        return hits;
      }
      // A stream's step begins with the end of the step before: what they share is taken over.
      collectBytes(text, carry.take(text, hits));
      carry.keep(text, hits);
      return hits;
    },
  };
}
