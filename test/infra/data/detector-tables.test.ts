import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { afterAll, describe, expect, it } from 'vitest';
import { compileDetectorTables, createDetector } from '../../../src/core/index.js';
import {
  DEFAULT_DATA_DIR,
  loadDetectionRules,
  loadFacts,
  readDetectorTables,
  writeDetectorTables,
} from '../../../src/infra/data/index.js';

const dir = mkdtempSync(join(tmpdir(), 'sockerr-tables-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const TEXTS = [
  'Error: connect ECONNREFUSED 127.0.0.1:5432',
  `${'INFO GET /health 200\n'.repeat(3000)}[WinError 10054] An existing connection was forcibly closed`,
  '由于目标计算机积极拒绝，无法连接。 (10061)',
  'socket.gaierror: [Errno -3] Temporary failure in name resolution',
];

describe('saved detector tables', () => {
  const facts = loadFacts();
  const rules = loadDetectionRules();
  const compiled = createDetector(facts, rules);

  it('are written in full and give the findings of a detector that compiles its own', () => {
    writeDetectorTables(DEFAULT_DATA_DIR, dir);
    expect(readdirSync(dir).sort()).toEqual(['ascii.bin', 'full.bin', 'index.bin']);
    const saved = readDetectorTables(dir);
    expect(saved.ascii()?.length).toBeGreaterThan(0);
    expect(saved.index?.()).toMatchObject({ keys: expect.any(Array), tables: { messages: expect.any(Map) } });
    const loaded = createDetector(facts, rules, saved);
    loaded.warmUp();
    for (const text of TEXTS) expect(loaded.withMentions(text)).toEqual(compiled.withMentions(text));
  });

  it('are read into the room a caller offers for their size, or into bytes of their own without one', () => {
    writeDetectorTables(DEFAULT_DATA_DIR, dir);
    const own = readDetectorTables(dir).ascii();
    let offered = 0;
    const room = new Uint8Array(new ArrayBuffer((own?.length ?? 0) + 64), 64, own?.length ?? 0);
    const read = readDetectorTables(dir).ascii((size) => {
      offered = size;
      return room;
    });
    expect(offered).toBe(own?.length);
    expect(read?.buffer).toBe(room.buffer);
    expect(read?.byteOffset).toBe(64);
    expect(Buffer.from(read ?? []).equals(Buffer.from(own ?? []))).toBe(true);
    expect(readDetectorTables(dir).ascii(() => null)?.length).toBe(own?.length);
    expect(readDetectorTables(join(dir, 'nowhere')).ascii(() => room)).toBeNull();
  });

  it('are no error when missing or damaged: the detector compiles instead', () => {
    const missing = readDetectorTables(join(dir, 'nowhere'));
    expect(missing.ascii()).toBeNull();
    expect(missing.full()).toBeNull();
    expect(missing.index?.()).toBeNull();
    const damaged = join(dir, 'damaged');
    writeDetectorTables(DEFAULT_DATA_DIR, damaged);
    writeFileSync(join(damaged, 'ascii.bin'), 'not tables');
    writeFileSync(join(damaged, 'full.bin'), '');
    writeFileSync(join(damaged, 'index.bin'), 'not a snapshot');
    expect(readDetectorTables(damaged).index?.()).toBeNull();
    for (const saved of [missing, readDetectorTables(damaged)]) {
      const detector = createDetector(facts, rules, saved);
      for (const text of TEXTS) expect(detector(text)).toEqual(compiled(text));
    }
  });

  it('saved by the build hold the index this code builds from data/ (else run npm run build)', () => {
    // Tests run src/ against the tables dist/ holds: a change to how the index is built, not yet
    // built, would otherwise be tested through the index the last build saved.
    const saved = readDetectorTables().index?.();
    expect(saved, 'no dist/detector-tables/index.bin: run npm run build').toBeDefined();
    const fresh = deserialize(serialize(compileDetectorTables(facts, rules).index));
    expect(saved, 'dist/detector-tables/index.bin is stale: run npm run build').toEqual(fresh);
  });
});
