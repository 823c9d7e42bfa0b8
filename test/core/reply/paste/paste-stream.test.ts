import { describe, expect, it } from 'vitest';
import { createDetector, type Detector } from '../../../../src/core/index.js';
import { createPasteStream } from '../../../../src/core/reply/paste/paste-stream.js';
import { readPaste } from '../../../../src/core/reply/paste/read-paste.js';
import { realData } from '../../../helpers/core.js';
import { pushInPieces } from '../../../helpers/texts.js';

let built: Detector | undefined;
const detector = () => {
  built ??= createDetector(realData().catalog.entries, realData().rules);
  return built;
};

/** The longest text the detector's stream held at once while the paste stream read `text`. */
function longestHeld(text: string, size = 1 << 16): number {
  const paste = createPasteStream();
  let longest = 0;
  const stream = detector().stream((region) => {
    longest = Math.max(longest, region.text.length);
    return paste.region(region);
  });
  pushInPieces(stream, text, size);
  paste.end(stream.end());
  return longest;
}

const MB = 1 << 20;
/** Far below the texts (4 MB), far above what one step reads (126 KB) and the paste stream keeps. */
const BOUND = 600_000;

describe('a log read piece by piece', () => {
  it.each([
    ['one line that never ends', `connect ECONNREFUSED 10.0.0.5:5432 ${'x'.repeat(4 * MB)}`],
    [
      'lines without a timestamp, as one record',
      `Error: read ECONNRESET\n${'    at frame\n'.repeat(MB / 3)}`,
    ],
    ['short lines that never show a timestamp', 'hello, a plain line of text\n'.repeat(MB / 7)],
    [
      'random bytes read as text',
      Array.from({ length: 4 * MB }, (_, i) => String.fromCharCode((i * 7919) % 251)).join(''),
    ],
  ])('keeps bounded text, whatever the log: %s', (_label, text) => {
    expect(longestHeld(text)).toBeLessThan(BOUND);
  });
});

describe('a line that never ends', () => {
  it('is read, past its first step, in steps V8 allocates young', () => {
    // The first step waits for the lines that decide the text's layout; the rest keep the reader's
    // lookback and a step of new text, under the size V8 allocates apart (131,056 one-byte characters).
    const paste = createPasteStream();
    const lengths: number[] = [];
    const stream = detector().stream((region) => {
      lengths.push(region.text.length);
      return paste.region(region);
    });
    pushInPieces(stream, `connect ECONNREFUSED 10.0.0.5:5432 ${'\u0000'.repeat(3 * MB)}`, 1 << 14);
    expect(paste.end(stream.end()).map((e) => e.finding.id)).toEqual(['10061']);
    expect(Math.max(...lengths.slice(1))).toBeLessThan(131_056);
  });
});

/** Each error as the paste stream reads `text` streamed, and as `readPaste` reads it whole. */
function bothWays(text: string) {
  const paste = createPasteStream();
  const stream = detector().stream((region) => paste.region(region));
  pushInPieces(stream, text, 1 << 14);
  const streamed = paste.end(stream.end());
  const whole = readPaste({ text, ...detector().withMentions(text) });
  const show = (errors: typeof whole) =>
    errors.map((e) => [e.finding.id, e.count, e.first, e.record, e.timestamp, e.hosts, e.ports]);
  return { streamed: show(streamed), whole: show(whole) };
}

describe('a log with floods of empty lines', () => {
  it.each([
    [
      'stamped records',
      (i: number) => `2025-03-01T10:00:0${i}.000Z ERROR connect ECONNREFUSED 10.0.0.${i}:5432`,
    ],
    ['records without timestamps', (i: number) => `Error: read ECONNRESET\n    at peer 10.0.0.${i}:443`],
    // Lines of one character (a brace) start and end records: only lines with nothing in them are passed over.
    ['records in braces', (i: number) => `{\n  error: read ECONNRESET\n  peer: 10.0.0.${i}:443\n}`],
    [
      'a trace broken by empty lines',
      (i: number) =>
        `Traceback (most recent call last):\n\n  File "x.py", line ${i}\nConnectionRefusedError: [Errno 111] Connection refused`,
    ],
  ])('counts the errors of %s as reading the whole log does', (_label, record) => {
    const floods = ['\n', '\n'.repeat(70_000), '\r\n'.repeat(40_000), '\n\r\n'.repeat(9_000), '\n \n'];
    const text = floods.map((flood, i) => `${record(i)}\n${flood}`).join('');
    const { streamed, whole } = bothWays(text);
    expect(whole.length).toBeGreaterThan(0);
    expect(streamed).toEqual(whole);
  });
});

describe('a line of errors printed back to back', () => {
  it('counts the errors of the line and of the lines after it as reading the whole log does', () => {
    const line = `[${'{"err":"read ECONNRESET","peer":"10.0.0.7:443"},'.repeat(12_000)}{}]`;
    const after = [
      '2025-03-01T10:00:00.000Z ERROR read ECONNRESET',
      '2025-03-01T10:00:01.000Z ERROR connect ECONNREFUSED 10.0.0.5:5432',
      '2025-03-01T10:00:02.000Z ERROR read ECONNRESET',
    ].join('\n');
    const { streamed, whole } = bothWays(`${line}\n${after}\n`);
    expect(streamed).toEqual(whole);
    expect(whole.map(([id, count]) => [id, count])).toEqual([
      ['10054', 3],
      ['10061', 1],
    ]);
  });

  it('keeps bounded text while it reads such a line', () => {
    expect(longestHeld(`${'read ECONNRESET; '.repeat(MB / 4)}\n`)).toBeLessThan(BOUND);
  });
});

describe('a logged error and its exception, quiet lines apart', () => {
  // The stream passes over quiet lines without reading them, and counts a long run of them short:
  // how near a record is to the one before is still told exactly within NEAR_LINES and past it.
  const stamp = (i: number) =>
    `2025-03-01T10:${String(Math.floor(i / 60)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}.000Z`;
  const log = (gap: number, before: number) => {
    const lines: string[] = [];
    for (let i = 0; i < before; i++) lines.push(`${stamp(i)} INFO GET /users/${i} 200 3ms`);
    lines.push(`${stamp(before)} ERROR request failed: java.net.ConnectException: Connection refused`);
    for (let i = 1; i <= gap; i++) lines.push(`${stamp(before + i)} INFO GET /health 200 1ms`);
    lines.push(
      `${stamp(before + gap + 1)} ERROR java.net.ConnectException: Connection refused`,
      '\tat java.base/sun.nio.ch.Net.connect0(Native Method)',
      '\tat java.base/sun.nio.ch.Net.connect(Net.java:579)',
    );
    for (let i = 1; i <= 40; i++) lines.push(`${stamp(before + gap + 1 + i)} INFO GET /health 200 1ms`);
    return `${lines.join('\n')}\n`;
  };

  it.each([0, 1, 2, 3, 4, 5, 6, 7, 8, 12, 40])(
    'counts the failures of a log with %i quiet lines between them as reading it whole does',
    (gap) => {
      for (const before of [0, 3, 9, 3_000]) {
        const { streamed, whole } = bothWays(log(gap, before));
        expect(streamed).toEqual(whole);
        // One failure while the trace follows within NEAR_LINES (3) lines of the logged error, two past it.
        expect(whole[0]?.[1]).toBe(gap < 3 ? 1 : 2);
      }
    },
  );
});
