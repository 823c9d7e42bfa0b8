import type { ErrorFacts } from '../catalog/index.js';
import type { FactData } from './fact-tables.js';
import type { IndexPayloads } from './index-payloads.js';
import { foldCodes } from './keywords/match.js';
import type { DetectionRules } from './rules.js';

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
}

/**
 * Bumped whenever the code that builds the snapshot's data changes what it builds (fact-tables.ts,
 * message-table.ts, unique-ends.ts, anchors.ts, index-payloads.ts, pattern-builders.ts): a
 * snapshot saved by another version is then refused and the index built. `inputs` covers the data,
 * not the code; a test also compares the snapshot a build saved with what this code builds.
 */
const FORMAT = 1;
const FOLDED = 65536;

/**
 * Every field of the facts, in order: what the index is built from (a catalog entry given as the
 * facts also holds its texts in every language, which detection never reads).
 */
const FACT_FIELDS = [
  'id',
  'code',
  'name',
  'aliases',
  'title',
  'systemMessage',
  'posix',
  'resolver',
  'libuv',
  'dotnet',
  'python',
  'java',
  'rust',
  'hresult',
  'category',
  'retryable',
] as const satisfies readonly (keyof ErrorFacts)[];
/** A new field of the facts must be added above (or this line no longer compiles). */
const EVERY_FIELD: Exclude<keyof ErrorFacts, (typeof FACT_FIELDS)[number]> extends never ? true : never =
  true;

/**
 * What a snapshot depends on besides the code and the case mapping: the facts and the rules, as
 * one string. Comparing it whole is exact and native (a hash of it in cold code took longer).
 */
export function describeInputs(facts: readonly ErrorFacts[], rules: DetectionRules): string {
  return JSON.stringify([FORMAT, EVERY_FIELD, facts.map((f) => FACT_FIELDS.map((k) => f[k])), rules]);
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

/** The data of an index built from `inputs` (`describeInputs`), to be saved. */
export function snapshotIndex(tables: FactData, parts: IndexPayloads, inputs: string): IndexSnapshot {
  const {
    ids,
    symbols,
    messages,
    classes,
    rustKinds,
    dotnetMembers,
    byCode,
    posix,
    newlib,
    libuv,
    gai,
    herrno,
  } = tables;
  return {
    format: FORMAT,
    inputs,
    folds: foldCodes(FOLDED).slice(),
    tables: {
      ids,
      symbols,
      messages,
      classes,
      rustKinds,
      dotnetMembers,
      byCode,
      posix,
      newlib,
      libuv,
      gai,
      herrno,
    },
    keys: parts.keys,
    payloads: parts.payloads,
    numberGates: parts.numberGates,
  };
}

const isMap = (value: unknown) => value instanceof Map;

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
  if (typeof tables !== 'object' || tables === null || !(tables.ids instanceof Set)) return null;
  const { symbols, messages, classes, rustKinds, dotnetMembers, byCode, posix, newlib, libuv, gai, herrno } =
    tables;
  if (!Array.isArray(symbols) || typeof posix !== 'object' || posix === null) return null;
  const maps = [messages, classes, rustKinds, dotnetMembers, byCode, newlib, libuv, gai, herrno];
  if (!maps.every(isMap) || ![posix.linux, posix.macos, posix.freebsd].every(isMap)) return null;
  return s as IndexSnapshot;
}
