import type { ErrorFacts } from '../catalog/index.js';
import type { FactData } from './fact-tables.js';
import type { IndexPayloads } from './index-payloads.js';
import { foldCodes } from './keywords/match.js';
import type { Reach } from './reach.js';
import type { DetectionRules } from './rules.js';
import type { Vocabulary } from './vocabulary.js';

/**
 * The part of the detection index that is data, as a build saves it: the fact tables, the
 * keywords and their payloads (plain objects, maps, sets, regular expressions and one typed
 * array, with shared references: a payload's `info` is the tables' own). Building it was about half
 * of a detector's start (40–70 ms of cold code and the collections its garbage brings); reading it
 * back and checking it takes 15–25. What is not data (the tables' helpers, the Unix-socket check,
 * the automaton, the patterns) is made again from the facts and rules.
 */
export interface IndexSnapshot extends IndexPayloads {
  format: number;
  /** What it was built from (`describeInputs`): compared whole, not by a hash of it. */
  inputs: string;
  /** The case mapping its keys were normalized with (every UTF-16 code's fold). */
  folds: Uint16Array;
  tables: FactData;
  /** The words of the detector's texts: every start reads a paste with a console's broken line (its warm-up's). */
  vocabulary: Vocabulary;
  /** How far a mention can stretch: a scan's first need. */
  reach: Reach;
}

/** What a snapshot is taken of: the index's data, and what it derives from it on first need. */
export interface IndexParts extends IndexPayloads {
  tables: FactData;
  vocabulary(): Vocabulary;
  reach(): Reach;
}

/**
 * Bumped whenever the code that builds the snapshot's data changes what it builds (fact-tables.ts,
 * message-table.ts, unique-ends.ts, anchors.ts, index-payloads.ts, pattern-builders.ts,
 * vocabulary.ts, reach.ts): a snapshot saved by another version is then refused and the index built. `inputs` covers the data,
 * not the code; a test also compares the snapshot a build saved with what this code builds.
 */
const FORMAT = 3;
const FOLDED = 65536;

/**
 * Every field of the facts (a record of them all, so a new field cannot be left out): what the index
 * is built from. A catalog entry given as the facts also holds its texts in every language, which
 * detection never reads.
 */
const FACT_FIELDS = Object.keys({
  id: true,
  code: true,
  name: true,
  aliases: true,
  title: true,
  systemMessage: true,
  posix: true,
  resolver: true,
  libuv: true,
  dotnet: true,
  python: true,
  java: true,
  rust: true,
  hresult: true,
  category: true,
  retryable: true,
} satisfies Record<keyof ErrorFacts, true>) as (keyof ErrorFacts)[];

/**
 * What a snapshot depends on besides the code and the case mapping: the facts and the rules, as
 * one string. Comparing it whole is exact and native (a hash of it in cold code took longer).
 */
export function describeInputs(facts: readonly ErrorFacts[], rules: DetectionRules): string {
  return JSON.stringify([facts.map((f) => FACT_FIELDS.map((k) => f[k])), rules]);
}

/** Do two fold tables agree, read 32 bits at a time (cold start-up code)? */
function sameFolds(a: Uint16Array, b: Uint16Array): boolean {
  if (a.length !== b.length) return false;
  // A deserialized array may start anywhere in its buffer: a copy of it starts a buffer of its own.
  const [p, q] = [a, b].map((t) => (t.byteOffset % 4 === 0 ? t : t.slice())) as [Uint16Array, Uint16Array];
  const x = new Uint32Array(p.buffer, p.byteOffset, p.length >>> 1);
  const y = new Uint32Array(q.buffer, q.byteOffset, q.length >>> 1);
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
  return true;
}

const isMap = (value: unknown) => value instanceof Map;
/** What each field of the fact data holds (a record of them all): what a snapshot keeps of the tables. */
const DATA_SHAPES = {
  ids: (value) => value instanceof Set,
  symbols: Array.isArray,
  messages: isMap,
  classes: isMap,
  rustKinds: isMap,
  dotnetMembers: isMap,
  byCode: isMap,
  posix: (value) => {
    const os = value as Partial<FactData['posix']> | null;
    return typeof os === 'object' && os !== null && [os.linux, os.macos, os.freebsd].every(isMap);
  },
  newlib: isMap,
  libuv: isMap,
  gai: isMap,
  herrno: isMap,
} satisfies Record<keyof FactData, (value: unknown) => boolean>;
const DATA_FIELDS = Object.keys(DATA_SHAPES) as (keyof FactData)[];

function isSetOfStrings(value: unknown): boolean {
  if (!(value instanceof Set)) return false;
  for (const word of value) if (typeof word !== 'string') return false;
  return true;
}
const isLength = (value: unknown) => Number.isSafeInteger(value) && (value as number) >= 0;

/** A saved vocabulary and reach as a build writes them. */
function isDerived(value: Partial<IndexSnapshot>): boolean {
  const { vocabulary, reach } = value;
  if (typeof vocabulary !== 'object' || vocabulary === null || typeof reach !== 'object' || reach === null)
    return false;
  return (
    isSetOfStrings(vocabulary.words) &&
    isSetOfStrings(vocabulary.camelCase) &&
    isLength(reach.ascii) &&
    isLength(reach.plain) &&
    isLength(reach.all)
  );
}

/** The data of an index built from `inputs` (`describeInputs`), to be saved. */
export function snapshotIndex(index: IndexParts, inputs: string): IndexSnapshot {
  const { tables } = index;
  return {
    format: FORMAT,
    inputs,
    folds: foldCodes(FOLDED).slice(),
    // Its data only: the tables' helpers are functions, made again where it is read.
    tables: Object.fromEntries(DATA_FIELDS.map((k) => [k, tables[k]])) as unknown as FactData,
    keys: index.keys,
    payloads: index.payloads,
    numberGates: index.numberGates,
    vocabulary: index.vocabulary(),
    reach: index.reach(),
  };
}

/**
 * `saved` as the snapshot of an index built from `inputs` by this code with this runtime's case
 * mapping, or null: another format, other inputs or another mapping (stale), or not the shape a
 * build writes (damaged). Its contents are a build's own output, read as it wrote them.
 */
export function readIndexSnapshot(saved: unknown, inputs: string): IndexSnapshot | null {
  if (typeof saved !== 'object' || saved === null) return null;
  const s = saved as Partial<IndexSnapshot>;
  if (s.format !== FORMAT || s.inputs !== inputs) return null;
  if (!(s.folds instanceof Uint16Array) || !sameFolds(s.folds, foldCodes(FOLDED))) return null;
  const { keys, payloads, numberGates, tables } = s;
  if (!Array.isArray(keys) || !Array.isArray(payloads) || !(numberGates instanceof Uint8Array)) return null;
  if (payloads.length !== keys.length || numberGates.length !== keys.length) return null;
  if (!keys.every((k) => typeof k === 'string') || !payloads.every(Array.isArray)) return null;
  if (typeof tables !== 'object' || tables === null) return null;
  if (!DATA_FIELDS.every((k) => DATA_SHAPES[k](tables[k]))) return null;
  if (!isDerived(s)) return null;
  // V8's deserializer reads a typed array as a view of the whole file's buffer: the detector keeps
  // the gates (a byte a key) for good, which would keep all 1.9 MB of the file with them.
  return { ...(s as IndexSnapshot), numberGates: numberGates.slice() };
}
