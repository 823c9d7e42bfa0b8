import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scanInPieces, testCore } from '../helpers/core.js';
import { FIXTURES } from '../helpers/paths.js';

const { core } = testCore();

/** Real pastes of the corpus: traces, nginx and Go lines, Windows texts. */
const pastes = readFileSync(join(FIXTURES, 'corpus', 'dev.jsonl'), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => (JSON.parse(line) as { text: string }).text)
  .slice(0, 120);

/** A log of many quiet lines and some pastes, each line stamped with `stamp(i)`, joined by `eol`. */
function logOf(stamp: (i: number) => string, eol = '\n'): string {
  const lines: string[] = [];
  for (let i = 0; i < 4000; i++) {
    if (i % 97 === 0) lines.push(`${stamp(i)}${pastes[(i / 97) % pastes.length]}`);
    else if (i % 13 === 0) lines.push('');
    else if (i % 7 === 0) lines.push(`    at handler (/app/server.js:${i}:7)`);
    else lines.push(`${stamp(i)}INFO [api] GET /users/${i} 200 ${i % 900}ms`);
  }
  return lines.join(eol);
}

/** Each line as Docker's json-file driver stores it: one JSON record a line. */
const jsonFile = (log: string) =>
  log
    .split('\n')
    .map(
      (line, i) =>
        `{"log":${JSON.stringify(`${line}\n`)},"stream":"stderr","time":"2025-03-01T10:00:${minute(i)}.5Z"}`,
    )
    .join('\n');

const minute = (i: number) => String(i % 60).padStart(2, '0');

describe('a log scanned piece by piece', () => {
  it.each([
    ['ISO timestamps', logOf((i) => `2025-03-01T10:${minute(i)}:00.000Z `)],
    ['syslog timestamps and CRLF', logOf((i) => `Mar  1 10:${minute(i)}:00 web app[7]: `, '\r\n')],
    ['timestamps on some lines only', logOf((i) => (i % 3 === 0 ? `[2025-03-01 10:${minute(i)}:00] ` : ''))],
    ['no timestamps', logOf(() => '')],
    // Read as blanks by detection (line-prefixes.ts), but records are read by them, as in the whole text.
    ['GitHub Actions timestamps', logOf((i) => `2025-03-01T10:${minute(i)}:00.1234567Z `)],
    ["Compose's service column", logOf((i) => `api-1  | 2025-03-01T10:${minute(i)}:00.000Z `)],
    ["Docker's json-file records", jsonFile(logOf((i) => `2025-03-01T10:${minute(i)}:00.000Z `))],
    ["Docker's json-file records, lines unstamped", jsonFile(logOf(() => ''))],
    ['a log quoted as one JSON string', JSON.stringify(logOf((i) => `2025-03-01T10:${minute(i)}:00.000Z `))],
  ])('gives the findings, counts and reply of the whole text (%s)', (_label, text) => {
    const whole = core.scan(text, 'en');
    expect(whole.findings.length).toBeGreaterThan(3);
    for (const size of [1000, 1 << 16]) {
      const answer = scanInPieces(core, text, size);
      expect(answer.findings).toEqual(whole.findings);
      expect(answer.reply).toEqual(whole.reply);
    }
  });
});

describe('a logged error followed by its exception', () => {
  const logged = 'ERROR request failed: java.net.ConnectException: Connection refused';
  const exception = 'java.net.ConnectException: Connection refused';
  const stack = '\tat java.base/sun.nio.ch.Net.connect0(Native Method)';
  const quiet = 'INFO retrying in 5s';

  it.each([
    ['is one failure when the exception carries a stack', [logged, exception, stack, quiet], 1],
    ['is two failures when the exception line stands alone', [logged, exception, quiet, quiet], 2],
  ])('%s, read piece by piece as on the whole text', (_label, lines, count) => {
    const text = lines.join('\n');
    expect(core.scan(text, 'en').findings.map((f) => f.count)).toEqual([count]);
    for (const size of [7, 1000])
      expect(scanInPieces(core, text, size).findings).toEqual(core.scan(text, 'en').findings);
  });
});

describe('a log with a line or a record longer than the stream keeps', () => {
  const filler = (n: number) => 'x'.repeat(n);
  it.each([
    [
      'one stamped line of 700,000 characters, errors at both ends',
      `2025-03-01T10:00:00.000Z ERROR connect ECONNREFUSED 10.0.0.5:5432 ${filler(700_000)} read ECONNRESET\n2025-03-01T10:00:01.000Z INFO ok`,
    ],
    [
      'a trace of 40,000 frames, errors at its start and deep inside',
      `Error: connect ETIMEDOUT 10.1.2.3:443\n${'    at frame (/app/x.js:1:1)\n'.repeat(20_000)}    at read ECONNRESET\n${'    at frame (/app/y.js:2:2)\n'.repeat(20_000)}Done`,
    ],
  ])('gives the findings, counts and reply of the whole text (%s)', (_label, text) => {
    const whole = core.scan(text, 'en');
    expect(whole.findings.length).toBe(2);
    const answer = scanInPieces(core, text, 1 << 16);
    expect(answer.findings).toEqual(whole.findings);
    expect(answer.reply).toEqual(whole.reply);
  });
});
