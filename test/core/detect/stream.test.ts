import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDetector, type Detector, type Finding } from '../../../src/core/index.js';
import { realData } from '../../helpers/core.js';
import { readInPieces } from '../../helpers/detect.js';
import { FIXTURES } from '../../helpers/paths.js';

/** Every paste of the labelled corpus (real texts, many scripts, every form a runtime prints). */
const pastes = readdirSync(join(FIXTURES, 'corpus'))
  .filter((f) => f.endsWith('.jsonl'))
  .flatMap((f) => readFileSync(join(FIXTURES, 'corpus', f), 'utf8').split('\n'))
  .filter((line) => line.trim() !== '')
  .map((line) => (JSON.parse(line) as { text: string }).text);

let built: Detector | undefined;
const detector = () => {
  built ??= createDetector(realData().catalog.entries, realData().rules);
  return built;
};

/** The text given to a stream in pieces of `size` characters. */
function streamed(text: string, size: number): Finding[] {
  return readInPieces(detector(), text, size);
}

/** An ASCII log of ordinary lines, then the corpus: a text read in many steps, ASCII first. */
function longLog(): string {
  const lines: string[] = [];
  for (let i = 0; i < 6000; i++)
    lines.push(
      `2025-03-01T10:${String(i % 60).padStart(2, '0')}:00.000Z INFO [api] GET /users/${i} 200 ${i % 900}ms`,
    );
  return `${lines.join('\n')}\n${pastes.join('\n\n')}\n${lines.join('\n')}`;
}

/** 12,000 lines of a service's log, one in 97 an error; `after` may end the others (a character beyond ASCII). */
function serviceLog(after: (line: number) => string = () => ''): string {
  const lines: string[] = [];
  for (let i = 0; i < 12_000; i++)
    lines.push(
      i % 97 === 0
        ? `2025-03-01T10:00:00.000Z ERROR [db] connect ECONNREFUSED 10.0.0.${i % 250}:5432`
        : `2025-03-01T10:00:00.000Z INFO [api] GET /users/${i} 200 ${i % 900}ms${after(i)}`,
    );
  return lines.join('\n');
}

describe('a detection stream', () => {
  it('finds in each corpus paste read piece by piece what it finds in the whole paste', () => {
    for (const text of pastes) expect(streamed(text, 7), text.slice(0, 80)).toEqual(detector()(text));
  });

  it('finds in a long log the same findings whatever the size of its pieces', () => {
    const text = longLog();
    const whole = detector()(text);
    expect(whole.length).toBeGreaterThan(10);
    for (const size of [4099, 1 << 14, 1 << 16, (1 << 16) + 13, 200_000])
      expect(streamed(text, size)).toEqual(whole);
  });

  it('finds a mention cut between two pieces at every point of it', () => {
    const text = `${'x'.repeat(70_000)} connect ECONNREFUSED 10.0.0.1:5432 and [WinError 10054] An existing connection was forcibly closed by the remote host\n`;
    const whole = detector()(text);
    expect(whole.map((f) => f.id).sort()).toEqual(['10054', '10061']);
    for (let cut = 70_000; cut < text.length; cut += 3) {
      const stream = detector().stream();
      stream.push(text.slice(0, cut));
      stream.push(text.slice(cut));
      expect(stream.end(), `cut at ${cut}`).toEqual(whole);
    }
  });

  it('reads an ASCII log in steps that stay young in V8 and read little of it twice', () => {
    const text = serviceLog();
    const regions: number[] = [];
    const stream = detector().stream((region) => {
      regions.push(region.text.length);
      return undefined;
    });
    // The reader's pieces (16 KB); a step is read before a piece would take it past its buffer.
    for (let i = 0; i < text.length; i += 1 << 14) stream.push(text.slice(i, i + (1 << 14)));
    expect(stream.end()).toEqual(detector()(text));
    // Below 131,056 one-byte characters V8 allocates a string young (not in its large-object space).
    expect(Math.max(...regions.slice(0, -1))).toBeLessThan(131_056);
    // Steps of ~64K new characters (the steps before) took one region per ~52K characters.
    expect(regions.length).toBeLessThan(text.length / 80_000 + 2);
  });

  it('reads a log with characters past Latin-1 in steps V8 still allocates young, two bytes a character', () => {
    const text = serviceLog((i) => (i % 50 === 0 ? ' → done ✓' : ''));
    const regions: number[] = [];
    const stream = detector().stream((region) => {
      regions.push(region.text.length);
      return undefined;
    });
    for (let i = 0; i < text.length; i += 1 << 14) stream.push(text.slice(i, i + (1 << 14)));
    const whole = detector()(text);
    expect(whole.length).toBeGreaterThan(0);
    expect(stream.end()).toEqual(whole);
    // A string of two-byte characters is allocated apart past 131,056 / 2 of them: each step's
    // strings would then outlive young collections, and the scan's memory grow with the log.
    expect(Math.max(...regions.slice(0, -1))).toBeLessThan(131_056 / 2);
    // Without CJK in the text, the shorter context still leaves steps of ~38K new characters.
    expect(regions.length).toBeLessThan(text.length / 30_000 + 2);
  });

  it('finds what the whole text finds when CJK first comes deep in a log, past where its context grows', () => {
    const ascii = Array.from({ length: 6000 }, (_, i) => `line ${i} → ok (os error 0) Linux`).join('\n');
    const cjk = '错误：由于目标计算机积极拒绝，无法连接。 (os error 111)';
    for (const at of [200_000, 200_000 + 9_000, 200_000 + 21_000]) {
      const text = `${ascii.slice(0, at)}\n${cjk}\nerrno 104\n${ascii}`;
      const whole = detector()(text);
      expect(whole.map((f) => f.id)).toContain('10061');
      expect(streamed(text, 1 << 14), `CJK at ${at}`).toEqual(whole);
    }
  });

  it('reads a line that never ends about three times, not eight, when its reader keeps a lookback', () => {
    // A log truncated in place starts with a NUL run as long as the log was: one line of megabytes,
    // whose reader may keep much of it behind what it was handed (here 256K characters).
    const lookback = 1 << 18;
    const text = `${'\0'.repeat(3 << 20)} connect ECONNREFUSED 10.0.0.1:5432\n`;
    let read = 0;
    const stream = detector().stream((region) => {
      read += region.text.length;
      return region.base + region.text.length - lookback;
    });
    for (let i = 0; i < text.length; i += 1 << 14) stream.push(text.slice(i, i + (1 << 14)));
    expect(stream.end().map((f) => f.id)).toEqual(['10061']);
    // Steps of 32K new characters beside the lookback read each character about eight times; steps
    // of the usual length (BUFFER less the context), about three.
    expect(read / text.length).toBeLessThan(4);
  });

  it('finds a mention cut between two pieces whatever piece a step is read before', () => {
    const mention = ' connect ECONNREFUSED 10.0.0.1:5432\n';
    const whole = detector()(`${'x'.repeat(150_000)}${mention}`);
    for (let at = 100_000; at < 140_000; at += 997) {
      const text = `${'x'.repeat(at)}${mention}${'y'.repeat(150_000 - at)}`;
      expect(
        streamed(text, 1 << 14).map((f) => f.id),
        `mention at ${at}`,
      ).toEqual(detector()(text).map((f) => f.id));
    }
    expect(whole.map((f) => f.id)).toEqual(['10061']);
  });
});
