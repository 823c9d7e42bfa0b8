import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../helpers/paths.js';
import { cli, core } from './run-cli-io.js';

const FIXTURES = join(ROOT, 'test/fixtures/terminal');

describe('sockerr catalog and scan', () => {
  it('prints the whole catalog as JSON', async () => {
    const { code, out } = await cli(['catalog', '--json']);
    expect(code).toBe(0);
    expect(JSON.parse(out)).toHaveLength(core.catalog.entries.length);
  });

  it('scans a file and prints findings as JSON', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'sockerr-scan-')), 'app.log');
    writeFileSync(
      file,
      'INFO ok\nError: connect ECONNREFUSED 127.0.0.1:5432\nread ECONNRESET\nread ECONNRESET\n',
    );
    const { code, out } = await cli(['scan', file, '--json']);
    expect(code).toBe(0);
    const { findings } = JSON.parse(out);
    expect(findings.map((f: { id: string }) => f.id).sort()).toEqual(['10054', '10061']);
    const reset = findings.find((f: { id: string }) => f.id === '10054');
    expect(reset).toMatchObject({ code: 10054, name: 'WSAECONNRESET', count: 2 });
    expect(Object.keys(reset).sort()).toEqual([
      'code',
      'confidence',
      'count',
      'form',
      'id',
      'index',
      'match',
      'name',
    ]);
  });

  it('scans standard input and prints the triage', async () => {
    const { code, out } = await cli(
      ['scan', '-'],
      'getaddrinfo ENOTFOUND db\nconnect ETIMEDOUT 10.0.0.1:443\n',
    );
    expect(code).toBe(0);
    expect(out).toMatch(/2 socket errors/);
  });

  it('says that nothing was found in the language asked for', async () => {
    // It said so in English whatever --lang asked: the one line of a scan not in the reply's language.
    for (const [lang, line] of [
      ['en', 'No socket errors found.'],
      ['zh-TW', '沒有找到通訊端錯誤。'],
    ] as const) {
      const { code, out } = await cli(['scan', '-', '--lang', lang], 'INFO started\nINFO ready\n');
      expect(code, lang).toBe(1);
      expect(out, lang).toBe(`${line}\n`);
    }
  });

  it('scans a UTF-16 log as Windows PowerShell writes one (a byte-order mark, then UTF-16LE)', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'sockerr-scan-')), 'ps.log');
    const text =
      'Exception calling "Connect": "No connection could be made because the target machine actively refused it"\r\n';
    writeFileSync(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const { code, out } = await cli(['scan', file, '--json']);
    expect(code).toBe(0);
    expect(JSON.parse(out).findings.map((f: { id: string }) => f.id)).toEqual(['10061']);
  });

  it('says how to convert a log in a Windows code page rather than finding nothing in silence', async () => {
    // 错误 (error) in GBK, the code page of Chinese Windows: not UTF-8 at all.
    const gbk = Buffer.from([0xb4, 0xed, 0xce, 0xf3]);
    expect(new TextDecoder('gbk').decode(gbk)).toBe('错误');
    const { code, out, err } = await cli(['scan', '-', '--json'], Buffer.concat(Array(8).fill(gbk)));
    expect(code).toBe(1);
    expect(JSON.parse(out)).toEqual({ findings: [] });
    expect(err).toMatch(/not UTF-8 text/);
    expect(err).toMatch(/sockerr scan - --encoding gbk/);
    expect((await cli(['scan', '-'], 'caf\xe9 r\xe9sum\xe9 \ufffd\n')).err).toBe('');
  });

  it.each([
    ['gbk', '由于目标计算机积极拒绝，无法连接。', '10061'],
    ['big5', '無法連線，因為目標電腦拒絕連線。', '10061'],
    ['shift_jis', '既存の接続はリモート ホストに強制的に切断されました。', '10054'],
  ])('reads a log in the code page --encoding %s names', async (encoding, message, id) => {
    const file = join(FIXTURES, `${encoding}.log`);
    expect(new TextDecoder(encoding).decode(readFileSync(file))).toContain(message);
    const { code, out, err } = await cli(['scan', file, '--json', '--encoding', encoding]);
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(JSON.parse(out).findings.map((f: { id: string }) => f.id)).toEqual([id]);
  });

  it('refuses an encoding it does not know, and --encoding without scan', async () => {
    const unknown = await cli(['scan', '-', '--encoding', 'klingon'], 'read ECONNRESET\n');
    expect(unknown.code).toBe(2);
    expect(unknown.err).toMatch(/--encoding "klingon" is no encoding I know/);
    const misplaced = await cli(['10054', '--encoding', 'gbk']);
    expect(misplaced.code).toBe(2);
    expect(misplaced.err).toMatch(/--encoding goes with scan only/);
  });

  it('exits 1 when a scan finds nothing and 2 when the file is missing', async () => {
    expect((await cli(['scan', '-'], 'all good\n')).code).toBe(1);
    expect((await cli(['scan', '/nonexistent/file.log'])).code).toBe(2);
  });
});
