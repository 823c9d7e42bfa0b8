import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { buildDetectionIndex } from '../../../src/core/detect/build-index.js';
import {
  describeInputs,
  type IndexSnapshot,
  readIndexSnapshot,
} from '../../../src/core/detect/index-snapshot.js';
import { compileDetectorTables, createDetector, type DetectionRules } from '../../../src/core/index.js';
import { loadFacts } from '../../../src/infra/data/index.js';
import { realData } from '../../helpers/core.js';
import { FIXTURES } from '../../helpers/paths.js';

/** The starting corpus's 211 real pastes. */
const PASTES = ['dev.jsonl', 'dev-more.jsonl'].flatMap((file) =>
  readFileSync(join(FIXTURES, 'corpus', file), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => (JSON.parse(line) as { text: string }).text),
);

/** The index's data a build saves, as a reader gives it back (V8's serialization, as infra writes it). */
function savedSnapshot(facts = realData().catalog.entries, rules = realData().rules): IndexSnapshot {
  return deserialize(serialize(compileDetectorTables(facts, rules).index)) as IndexSnapshot;
}

const withPhrase = (rules: DetectionRules): DetectionRules => ({
  ...rules,
  phrases: [
    ...rules.phrases,
    { text: 'the flux capacitor dropped the socket', id: '10054', confidence: 'high' },
  ],
});

describe('the saved index', () => {
  const { catalog, rules } = realData();
  const snapshot = savedSnapshot();

  it('is read for the facts and rules it was saved from, whether given as facts or as catalog entries', () => {
    expect(readIndexSnapshot(snapshot, describeInputs(catalog.entries, rules))).not.toBeNull();
    // The facts alone, as the build reads them (no group, no texts).
    const facts = loadFacts();
    expect(describeInputs(facts, rules)).toBe(describeInputs(catalog.entries, rules));
  });

  it('gives a detector that finds what a detector that builds its index finds', () => {
    const built = createDetector(catalog.entries, rules);
    const restored = createDetector(catalog.entries, rules, {
      ascii: () => null,
      full: () => null,
      index: () => snapshot,
    });
    for (const text of PASTES) expect(restored.withMentions(text)).toEqual(built.withMentions(text));
  });

  it('is what the detector reads where it applies, not an index built beside it', () => {
    const k = snapshot.keys.indexOf('econnreset');
    expect(k).toBeGreaterThanOrEqual(0);
    const emptied = { ...snapshot, payloads: snapshot.payloads.map((list, i) => (i === k ? [] : list)) };
    const reading = createDetector(catalog.entries, rules, {
      ascii: () => null,
      full: () => null,
      index: () => emptied,
    });
    expect(reading('read ECONNRESET')).toEqual([]);
    expect(createDetector(catalog.entries, rules)('read ECONNRESET').map((f) => f.id)).toEqual(['10054']);
  });

  it('holds the words a broken line is mended by and the reach of a streamed text, as building finds them', () => {
    const built = buildDetectionIndex(catalog.entries, rules);
    const saved = { ascii: () => null, full: () => null, index: () => snapshot };
    const restored = buildDetectionIndex(catalog.entries, rules, saved);
    expect(restored.reach()).toEqual(built.reach());
    expect(restored.vocabulary()).toEqual(built.vocabulary());
    expect(restored.isWord('permissions')).toBe(true);
    // Read from the snapshot, not built beside it.
    const emptied = { ...snapshot, vocabulary: { words: new Set<string>(), camelCase: new Set<string>() } };
    const reading = buildDetectionIndex(catalog.entries, rules, { ...saved, index: () => emptied });
    expect(reading.isWord('permissions')).toBe(false);
  });

  it('keeps none of the file it was read from once read', () => {
    // As infra reads it: one buffer for the whole file, which every typed array in it is a view of.
    const file = serialize(compileDetectorTables(catalog.entries, rules).index);
    const read = readIndexSnapshot(deserialize(file), describeInputs(catalog.entries, rules));
    expect(read).not.toBeNull();
    const gates = read?.numberGates;
    expect(gates?.length).toBe(snapshot.keys.length);
    expect(gates?.buffer.byteLength).toBe(gates?.length);
    expect(Array.from(gates ?? [])).toEqual(Array.from(snapshot.numberGates));
  });

  it('is refused for other rules or other facts, and the detector then reads by its own', () => {
    const changed = withPhrase(rules);
    expect(readIndexSnapshot(snapshot, describeInputs(catalog.entries, changed))).toBeNull();
    const fewer = catalog.entries.slice(1);
    expect(readIndexSnapshot(snapshot, describeInputs(fewer, rules))).toBeNull();
    const detector = createDetector(catalog.entries, changed, {
      ascii: () => null,
      full: () => null,
      index: () => snapshot,
    });
    expect(detector('fatal: the flux capacitor dropped the socket').map((f) => f.id)).toEqual(['10054']);
  });

  it('is refused when damaged or of another format, never thrown on', () => {
    const inputs = describeInputs(catalog.entries, rules);
    const damaged: unknown[] = [
      null,
      'not a snapshot',
      42,
      { ...snapshot, format: snapshot.format + 1 },
      { ...snapshot, keys: snapshot.keys.slice(1) },
      { ...snapshot, numberGates: Array.from(snapshot.numberGates) },
      { ...snapshot, payloads: snapshot.payloads.map(() => 'x') },
      { ...snapshot, folds: snapshot.folds.map((f, i) => (i === 65 ? 66 : f)) },
      { ...snapshot, tables: { ...snapshot.tables, messages: [...snapshot.tables.messages] } },
      { ...snapshot, tables: { ...snapshot.tables, posix: { ...snapshot.tables.posix, linux: null } } },
      { ...snapshot, vocabulary: { words: [...snapshot.vocabulary.words], camelCase: new Set() } },
      { ...snapshot, vocabulary: { words: new Set([1]), camelCase: new Set() } },
      { ...snapshot, reach: { ascii: -1, all: 10 } },
      { ...snapshot, reach: undefined },
    ];
    for (const saved of damaged) expect(readIndexSnapshot(saved, inputs)).toBeNull();
    const detector = createDetector(catalog.entries, rules, {
      ascii: () => null,
      full: () => null,
      index: () => 'x',
    });
    expect(detector('read ECONNRESET').map((f) => f.id)).toEqual(['10054']);
  });
});
