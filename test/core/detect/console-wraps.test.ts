import { describe, expect, it } from 'vitest';
import { UNWRAP_LIMIT, unwrapConsoleLines } from '../../../src/core/detect/console-wraps.js';
import { createDetector } from '../../../src/core/index.js';
import { realData } from '../../helpers/core.js';
import { corpusPaste } from '../../helpers/corpus.js';
import { detectErrors, highIds, readInPieces } from '../../helpers/detect.js';
import { breakLines, prefixLines } from '../../helpers/texts.js';

const WORDS = new Set(['permissions', 'connection', 'address']);
const isWord = (w: string) => WORDS.has(w.toLowerCase());
const WHOLE = { base: 0, firstLineWhole: true, final: true };

// Real pastes from 80-column Windows consoles, each broken inside a word of its error's text.
const TWISTED = corpusPaste('c79-021');
const TERRARIA = corpusPaste('c59-059');
const DUBBO = corpusPaste('c65-012');
const COW = corpusPaste('c16-112');

describe('unwrapConsoleLines', () => {
  it("moves a break inside a known word at 80 columns to the end of the message's last line, keeping the length", () => {
    const text = `${'x'.repeat(65)} its access per\nmissions. Next\nmore`;
    const mended = unwrapConsoleLines(text, isWord, WHOLE);
    expect(mended).toBe(`${'x'.repeat(65)} its access permissions. Next\n\nmore`);
    expect(mended).toHaveLength(text.length);
  });

  it('mends a Windows line end and a 120-column console alike', () => {
    const text = `${'y'.repeat(116)} Con\r\nnection refused`;
    expect(unwrapConsoleLines(text, isWord, WHOLE)).toBe(`${'y'.repeat(116)} Connection refused\r\n`);
  });

  it("mends a line whose break has more than one carriage return before it (a doubled `\\r\\r\\n`, a JSON string's `\\r\\n`)", () => {
    const text = `${'y'.repeat(76)} Con\r\r\nnection refused`;
    expect(unwrapConsoleLines(text, isWord, WHOLE)).toBe(`${'y'.repeat(76)} Connection refused\r\r\n`);
  });

  it('reads on after the broken word: a code or a quoted path a rule reads after it is on its line', () => {
    // ODBC's `Error code 0x2746` (10054) and MySQL's `through socket '…' (111)`, broken at 80 columns.
    const odbc =
      'Sqlcmd: Error: Microsoft ODBC Driver 17 for SQL Server : TCP Provider: Error cod\ne 0x2746.';
    expect(highIds(odbc)).toEqual(['10054']);
    const mysql =
      "alhost failed with error #2002: Can't connect to local MySQL server through sock\net '/var/run/mysqld/mysqld.sock' (111).";
    expect(highIds(mysql)).toEqual(['10061']);
  });

  it('mends a break inside a path, a symbol or a number, which no wrap between words makes', () => {
    // dev c11-027 (Go's dial error) and c80-003 (Electron's net error) at 80 columns.
    const go = 'Error: Get https://10.96.0.1:443/version?timeout=32s: dial tcp 10.96.0.1:443: i/\no timeout';
    expect(highIds(go)).toEqual(['10060']);
    const electron =
      '(node:8394) electron: Failed to load URL: http://localhost:3001/ with error: ERR\n_CONNECTION_REFUSED';
    expect(highIds(electron)).toEqual(['10061']);
    // dev c16-044: Consul's lookup, its host name broken before a hyphen; the lookup reads on to its end.
    const consul =
      '    2020/01/22 16:35:15 [WARN] memberlist: Failed to resolve prod-dc-consul-serv\ner-0.prod-dc-consul-server.vault-consul.svc: lookup prod-dc-consul-server-0.prod\n-dc-consul-server.vault-consul.svc on 10.31.240.10:53: no such host';
    expect(highIds(consul)).toEqual(['11001']);
    const prose = `${'z'.repeat(71)} port is\n8080 now`;
    expect(unwrapConsoleLines(prose, isWord, WHOLE)).toBe(prose);
  });

  it("mends a break inside a word of a context rule: uWSGI's socket writer cut at 80 columns (c26-024, c26-026)", () => {
    // `…Broken pipe [core/wri` / `ter.c line 341]`: the source file that makes the EPIPE a socket's.
    for (const id of ['c26-024', 'c26-026']) {
      const paste = corpusPaste(id);
      expect(breakLines(paste), id).toContain('[core/wri\nter.c line');
      expect(highIds(breakLines(paste)), id).toEqual(['EPIPE']);
      expect(highIds(paste), id).toEqual(['EPIPE']);
    }
  });

  it('waits for the end of the last line in a piece of a stream, and mends it as the whole text does', () => {
    const text = `${'x'.repeat(65)} its access per\nmissions. Next`;
    const piece = { base: 0, firstLineWhole: true, final: false };
    expect(unwrapConsoleLines(text, isWord, piece)).toBe(text);
    expect(unwrapConsoleLines(`${text}\n`, isWord, piece)).toBe(
      unwrapConsoleLines(`${text}\n`, isWord, WHOLE),
    );
  });

  it('leaves prose wrapped between words, and lines of other widths, as they are', () => {
    const prose = `${'z'.repeat(76)} was\nrefused by the host`;
    expect(unwrapConsoleLines(prose, isWord, WHOLE)).toBe(prose);
    const narrow = `${'z'.repeat(60)} access per\nmissions.`;
    expect(unwrapConsoleLines(narrow, isWord, WHOLE)).toBe(narrow);
  });

  it('mends every line a long message filled, each console width counted from where its line began', () => {
    const WORDS3 = (w: string) => ['permissions', 'connection', 'was'].includes(w.toLowerCase());
    // Three 80-column lines, each broken inside a word (dev c139-001 breaks `w` / `as`).
    const text = `${'x'.repeat(65)} its access per\nmissions. ${'y'.repeat(53)} the Connection w\nas reset by peer )`;
    const mended = unwrapConsoleLines(text, WORDS3, WHOLE);
    expect(mended).toBe(
      `${'x'.repeat(65)} its access permissions.\n ${'y'.repeat(53)} the Connection was reset by peer )\n`,
    );
    expect(unwrapConsoleLines(mended, WORDS3, WHOLE)).toBe(mended);
    // A stream's next step holds the line mended before and the rest of the next: mended as read whole.
    const cut = text.indexOf('as reset') + 1;
    const first = unwrapConsoleLines(text.slice(0, cut), WORDS3, {
      base: 0,
      firstLineWhole: true,
      final: false,
    });
    expect(first.startsWith(`${'x'.repeat(65)} its access permissions.\n`)).toBe(true);
    expect(unwrapConsoleLines(first + text.slice(cut), WORDS3, WHOLE)).toBe(mended);
  });

  it("counts a console's width after a quote's or a viewer's margin, and the broken word's rest after it", () => {
    // `> ` read as two blanks before every line, as line-prefixes.ts leaves a chat's quote.
    const text = `  ${'x'.repeat(65)} its access per\n  missions. Next\n  more`;
    const mended = unwrapConsoleLines(text, isWord, { ...WHOLE, margin: 2 });
    expect(mended).toBe(`  ${'x'.repeat(65)} its access permissions. Next\n  \n  more`);
    expect(unwrapConsoleLines(mended, isWord, { ...WHOLE, margin: 2 })).toBe(mended);
    // Without the margin the line is 82 columns, no console's width.
    expect(unwrapConsoleLines(text, isWord, WHOLE)).toBe(text);
  });

  it('changes nothing when applied again', () => {
    const once = unwrapConsoleLines(TWISTED, isWord, WHOLE);
    expect(once).not.toBe(TWISTED);
    expect(unwrapConsoleLines(once, isWord, WHOLE)).toBe(once);
  });

  it('leaves a word that runs off the end of a piece for the next step, and a first line of unknown start', () => {
    const cut = `${'x'.repeat(65)} its access per\nmissi`;
    expect(unwrapConsoleLines(cut, isWord, { base: 0, firstLineWhole: true, final: false })).toBe(cut);
    const text = `${'x'.repeat(65)} its access per\nmissions.`;
    expect(unwrapConsoleLines(text, isWord, { base: 0, firstLineWhole: false, final: true })).toBe(text);
  });
});

describe('detection in a paste from a narrow console', () => {
  it('reads Windows messages an 80-column console broke inside a word', () => {
    expect(highIds(TWISTED)).toEqual(['10013']);
    expect(highIds(TERRARIA)).toEqual(['10048']);
    expect(highIds(DUBBO)).toEqual(['10061']);
    expect(highIds(COW)).toEqual(['11004']);
    // Spanish Windows, broken inside `puerto)`: the parenthesis moves up with the word's end.
    expect(highIds(corpusPaste('c42-151'))).toEqual(['10048']);
    // Broken on two lines running: `file w` / `ithin`, then `Connection w` / `as reset by peer`.
    expect(highIds(corpusPaste('c139-001'))).toEqual(['10054']);
  });

  it('reads a message the console broke right before a comma or after a bracket, which no wrap between words does', () => {
    // reqwest's `nodename nor servname provided, or not known` at exactly 80 columns (c16-062).
    expect(highIds(corpusPaste('c16-062'))).toEqual(['11001']);
    expect(highIds(breakLines(corpusPaste('c16-062')))).toEqual(['11001']);
    // Go's bind on Windows broken right after `socket address (` (c192-004).
    expect(highIds(breakLines(corpusPaste('c192-004')))).toEqual(['10048']);
  });

  it("reads them quoted in a chat, indented as Markdown's code or under Compose's column, whole or piece by piece", () => {
    const detect = createDetector(realData().catalog.entries, realData().rules);
    for (const prefix of ['> ', '    ', 'api-1  | ']) {
      expect(highIds(prefixLines(TERRARIA, prefix)), prefix).toEqual(['10048']);
      expect(highIds(prefixLines(COW, prefix)), prefix).toEqual(['11004']);
      expect(highIds(prefixLines(corpusPaste('c139-001'), prefix)), prefix).toEqual(['10054']);
      for (const size of [7, 61])
        expect(readInPieces(detect, prefixLines(TERRARIA, prefix), size)).toEqual(
          detect(prefixLines(TERRARIA, prefix)),
        );
    }
  });

  it('finds the same in a long log of broken lines read piece by piece as read whole', () => {
    const detect = createDetector(realData().catalog.entries, realData().rules);
    const lines: string[] = [];
    for (let i = 0; i < 3000; i++) lines.push(i % 97 === 0 ? DUBBO : `INFO request ${i} served in 3 ms`);
    const text = lines.join('\n');
    for (const size of [4093, 65521]) {
      const streamed = readInPieces(detect, text, size);
      expect(streamed).toEqual(detect(text));
      expect(streamed).toMatchObject([{ id: '10061', count: 31, confidence: 'high' }]);
    }
  });

  it('mends breaks in the first 256 KiB of a text only, read whole or piece by piece', () => {
    const detect = createDetector(realData().catalog.entries, realData().rules);
    const lines: string[] = [];
    for (let i = 0; i < 12000; i++) lines.push(i % 500 === 0 ? DUBBO : `INFO request ${i} served in 3 ms`);
    const text = lines.join('\n');
    const before = text.slice(0, UNWRAP_LIMIT).split(DUBBO).length - 1;
    expect(before).toBeLessThan(24);
    const streamed = readInPieces(detect, text, 8191);
    expect(streamed).toEqual(detect(text));
    expect(streamed).toMatchObject([{ id: '10061', count: before }]);
  });

  it('shows the mended words in the mention', () => {
    expect(detectErrors(DUBBO)[0]?.match).toContain('Connection');
  });
});
