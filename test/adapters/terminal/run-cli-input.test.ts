import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stdinPrompt } from '../../../src/adapters/terminal/scan-cli.js';
import { cli } from './run-cli-io.js';

const ESC = '\u001b';
const dir = mkdtempSync(join(tmpdir(), 'sockerr-input-'));

describe('what sockerr says about what it was given', () => {
  it.each([
    [['10054', `--${ESC}[2J`]],
    [['10054', '--lang', `${ESC}]0;pwned\u0007`]],
    [['scan', '-', '--encoding', `${ESC}[31m`]],
    [['scan', join(dir, `${ESC}[31mmissing.log`)]],
    [['feedback', '--since', `\u009b31m`]],
  ])('never echoes a control character of an argument raw into the terminal: %j', async (args) => {
    const { code, err } = await cli(args, '', {
      openFeedback: async () => Promise.reject(new Error('unused')),
    });
    expect(code).toBe(2);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point
    expect(err).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    expect(err).toMatch(/\\x1b|\\x9b/);
  });

  it('shows a query it does not know without the bidirectional controls that would reorder the line', async () => {
    // U+202E (right-to-left override) makes a terminal draw the rest of the line backwards.
    for (const control of ['\u202e', '\u2066', '\u202a', '\u2029']) {
      const { code, out } = await cli([`${control}TESERNNOCE`]);
      expect(code).toBe(1);
      expect(out).toContain('“TESERNNOCE”');
      expect(out).not.toMatch(/[\u2028\u2029\u202a-\u202e\u2066-\u2069]/);
    }
  });

  it('cuts a very long argument short in its one-line error', async () => {
    const { code, err } = await cli(['10054', '--lang', 'x'.repeat(5000)]);
    expect(code).toBe(2);
    expect(err.length).toBeLessThan(300);
    expect(err).toContain('x…"');
    // An emoji is two UTF-16 units: the cut does not split one into a half that prints as U+FFFD.
    const emoji = await cli(['10054', '--lang', '😀'.repeat(100)]);
    expect(emoji.err).toContain('😀…"');
  });

  it('says that --json takes no value, not that it needs one', async () => {
    const { code, err } = await cli(['10054', '--json=yes']);
    expect(code).toBe(2);
    expect(err).toMatch(/^sockerr: --json takes no value\.\n/);
    expect((await cli(['10054', '--lang'])).err).toMatch(/^sockerr: --lang needs a value\.\n/);
  });

  it('says in words why a file cannot be read, keeping the code', async () => {
    const missing = await cli(['scan', join(dir, 'none.log')]);
    expect(missing).toMatchObject({ code: 2, out: '' });
    expect(missing.err).toBe(`sockerr: cannot read ${join(dir, 'none.log')}: no such file (ENOENT)\n`);
    expect((await cli(['scan', dir, '--json'])).err).toBe(
      `sockerr: cannot read ${dir}: it is a directory (EISDIR)\n`,
    );
  });

  it('names an empty file name as one (sockerr scan "$LOG" with LOG unset), not as nothing', async () => {
    const { code, out, err } = await cli(['scan', '']);
    expect({ code, out }).toEqual({ code: 2, out: '' });
    expect(err).toBe("sockerr: cannot read '' (an empty file name): no such file (ENOENT)\n");
  });

  it('says a log full of NUL bytes is binary or UTF-16 without a byte-order mark, rather than find nothing in silence', async () => {
    const file = join(dir, 'no-bom.log');
    writeFileSync(file, Buffer.from('Error: connect ECONNREFUSED 127.0.0.1:5432\r\n', 'utf16le'));
    const { code, out, err } = await cli(['scan', file, '--json']);
    expect(code).toBe(1);
    expect(JSON.parse(out)).toEqual({ findings: [] });
    expect(err).toContain(`sockerr scan '${file}' --encoding utf-16le`);
    // A log truncated under its writer (logrotate's copytruncate) starts with NULs; its errors are read.
    const truncated = await cli(
      ['scan', '-'],
      Buffer.concat([Buffer.alloc(4096), Buffer.from('read ECONNRESET\n')]),
    );
    expect(truncated).toMatchObject({ code: 0, err: '' });
    const named = await cli(['scan', file, '--json', '--encoding', 'utf-16le']);
    expect(named.err).toBe('');
    expect(JSON.parse(named.out).findings.map((f: { id: string }) => f.id)).toEqual(['10061']);
  });

  it('names utf-16be, not utf-16le, for a big-endian UTF-16 log without a byte-order mark', async () => {
    // Java's and .NET's "UTF-16BE"/"BigEndianUnicode" writers put no mark: a NUL comes first in each pair.
    const file = join(dir, 'no-bom-be.log');
    writeFileSync(file, Buffer.from('Error: connect ECONNREFUSED 127.0.0.1:5432\r\n', 'utf16le').swap16());
    const { code, err } = await cli(['scan', file, '--json']);
    expect(code).toBe(1);
    expect(err).toContain(`sockerr scan '${file}' --encoding utf-16be`);
    const named = await cli(['scan', file, '--json', '--encoding', 'utf-16be']);
    expect(JSON.parse(named.out).findings.map((f: { id: string }) => f.id)).toEqual(['10061']);
  });

  it('names the byte order of a Chinese UTF-16 log without a byte-order mark, whose CJK bytes may read as UTF-8', async () => {
    // 連 (U+9023) is 23 90 little-endian, and 結 (U+7D50) 50 7D; 鏈 (U+93C8) is C8 93, a UTF-8 pair.
    const text = '2024-01-01 12:00:00 錯誤 鏈結連線 遠端主機已強制關閉一個現存的連線。\r\n'.repeat(40);
    const le = join(dir, 'zh-no-bom-le.log');
    const be = join(dir, 'zh-no-bom-be.log');
    writeFileSync(le, Buffer.from(text, 'utf16le'));
    writeFileSync(be, Buffer.from(text, 'utf16le').swap16());
    expect((await cli(['scan', le])).err).toContain('--encoding utf-16le');
    expect((await cli(['scan', be])).err).toContain('--encoding utf-16be');
  });

  it('says it waits for a paste when scan reads a terminal, and only then', async () => {
    expect((await cli(['scan'], 'read ECONNRESET\n', { stdinIsTerminal: true })).err).toBe(stdinPrompt());
    expect((await cli(['scan', '-'], 'read ECONNRESET\n')).err).toBe('');
  });

  it('names the key that ends a paste where it is typed: Ctrl-D, or Ctrl-Z then Enter on Windows', () => {
    expect(stdinPrompt('linux')).toContain('press Ctrl-D');
    expect(stdinPrompt('darwin')).toContain('press Ctrl-D');
    // A Windows console ends standard input with Ctrl-Z at the start of a line; Ctrl-D is a character.
    expect(stdinPrompt('win32')).toContain('press Ctrl-Z, then Enter');
  });
});
