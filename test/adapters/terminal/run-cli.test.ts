import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { readText } from '../../../src/adapters/terminal/read-text.js';
import { type CliIo, runCli } from '../../../src/adapters/terminal/run-cli.js';
import { testCore } from '../../helpers/core.js';
import { ROOT } from '../../helpers/paths.js';

const { core } = testCore();
const FIXTURES = join(ROOT, 'test/fixtures/terminal');

async function cli(
  args: string[],
  stdin: string | Buffer = '',
): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIo = {
    defaultLang: 'en',
    stdout: (t) => {
      out += t;
    },
    stderr: (t) => {
      err += t;
    },
    readText: (source, encoding) => readText(source, [Buffer.from(stdin)], encoding),
    color: false,
    version: '9.9.9',
  };
  const code = await runCli(args, core, io);
  return { code, out, err };
}

describe('sockerr <query>', () => {
  it('explains 10053 and exits 0', async () => {
    const { code, out } = await cli(['10053']);
    expect(code).toBe(0);
    expect(out).toContain('WSAECONNABORTED');
    expect(out).toContain('Software caused connection abort');
  });

  it('prints the matching entries as JSON with the design fields', async () => {
    const { code, out } = await cli(['econnreset', '--json']);
    expect(code).toBe(0);
    const [entry] = JSON.parse(out);
    expect(entry).toMatchObject({
      id: '10054',
      code: 10054,
      name: 'WSAECONNRESET',
      hresult: '0x80072746',
      category: 'reset',
      retryable: 'maybe',
      posix: { name: 'ECONNRESET', linux: 104, macos: 54, freebsd: 54 },
      libuv: { code: 'ECONNRESET', windows: -4077 },
      dotnet: 'ConnectionReset',
      python: 'ConnectionResetError',
    });
    expect(entry.aliases).toContain('ECONNRESET');
    expect(entry.en.summary).toBeTruthy();
    expect(entry['zh-TW'].summary).toBeTruthy();
  });

  it('answers in Traditional Chinese with --lang zh-TW', async () => {
    const { out } = await cli(['10054', '--lang', 'zh-TW']);
    expect(out).toMatch(/可能原因/);
  });

  it('finds a message text', async () => {
    expect((await cli(['forcibly closed'])).out).toContain('WSAECONNRESET');
    expect((await cli(['forcibly', 'closed'])).out).toContain('WSAECONNRESET');
  });

  it('shows every reading of 104 and decodes an HRESULT', async () => {
    expect((await cli(['104'])).out).toContain('Linux errno 104');
    expect((await cli(['0x80072746'])).out).toContain('WSAECONNRESET');
  });

  it('exits 1 for something that is not a socket error, with [] as JSON', async () => {
    expect((await cli(['zzqx flibbertigibbet'])).code).toBe(1);
    const json = await cli(['zzqx', '--json']);
    expect(json.code).toBe(1);
    expect(JSON.parse(json.out)).toEqual([]);
  });

  it('reads negative numbers as queries, not options', async () => {
    expect((await cli(['-4077'])).out).toContain('WSAECONNRESET');
    const hresult = await cli(['-2147014842', '--json']);
    expect(hresult.code).toBe(0);
    expect(JSON.parse(hresult.out)[0].name).toBe('WSAECONNRESET');
  });

  it('exits 2 on bad usage', async () => {
    expect((await cli(['scan', 'a.log', 'b.log'])).code).toBe(2);
    expect((await cli(['catalog', 'extra'])).code).toBe(2);
    expect((await cli([])).code).toBe(2);
    expect((await cli(['10054', '--lang', 'fr'])).code).toBe(2);
    expect((await cli(['--bogus'])).code).toBe(2);
  });
});

describe('sockerr <query> with the examples of issue 10', () => {
  it.each([
    ['Error: connect ECONNREFUSED 127.0.0.1:5432', '10061 WSAECONNREFUSED'],
    ['Socket Error # 10053', '10053 WSAECONNABORTED'],
    [
      'System.Net.Sockets.SocketException (10054): An existing connection was forcibly closed…',
      '10054 WSAECONNRESET',
    ],
    ['遠端主機已強制關閉一個現存的連線。', '10054 WSAECONNRESET'],
    ['-3001', '11002 WSATRY_AGAIN'],
    ['-3004', '11003 WSANO_RECOVERY'],
    ['-3010', '10109 WSATYPE_NOT_FOUND'],
    ['１００５４', '10054 WSAECONNRESET'],
  ])('explains %s and exits 0', async (query, title) => {
    const { code, out } = await cli([query]);
    expect(code).toBe(0);
    expect(out.split('\n')[0]?.startsWith(title)).toBe(true);
  });

  it('prints the entries a log line names as JSON', async () => {
    const { code, out } = await cli(['Error: connect ECONNREFUSED 127.0.0.1:5432', '--json']);
    expect(code).toBe(0);
    const entries = JSON.parse(out);
    expect(entries.map((e: { id: string }) => e.id)).toEqual(['10061']);
    expect(entries[0].readings).toEqual(['“ECONNREFUSED” in your text']);
  });

  it('labels -3008 as the same on every OS', async () => {
    expect((await cli(['-3008'])).out).toContain(
      'Read as Node/libuv getaddrinfo errno -3008 (EAI_NONAME, the same on every OS).',
    );
  });

  it.each(['0', '00'])('says %s is success, not an error, and exits 1', async (query) => {
    const { code, out } = await cli([query]);
    expect(code).toBe(1);
    expect(out).toContain(`${query} means success, not an error`);
    expect((await cli([query, '--json'])).out.trim()).toBe('[]');
  });

  it('offers EPIPE as a choice whose lines open each error', async () => {
    const choice = await cli(['EPIPE']);
    expect(choice.code).toBe(0);
    expect(choice.out).toContain('`/sockerr errno.EPIPE`');
    expect(choice.out).toContain('`/sockerr 10058`');
    expect((await cli(['errno.EPIPE'])).out.split('\n')[0]).toBe('EPIPE · Broken pipe');
  });
});

describe('sockerr options', () => {
  it.each(['zh-tw', 'ZH-TW', 'zh_TW', 'EN'])('takes --lang %s in any case', async (lang) => {
    const { code, out } = await cli(['10054', '--lang', lang]);
    expect(code).toBe(0);
    expect(out.includes('可能原因：')).toBe(lang.toLowerCase() !== 'en');
  });

  it('prints its version and its help', async () => {
    expect(await cli(['--version'])).toEqual({ code: 0, out: 'sockerr 9.9.9\n', err: '' });
    for (const args of [['help'], ['--help'], ['-h']]) {
      const { code, out } = await cli(args);
      expect(code).toBe(0);
      expect(out).toContain('Usage:');
    }
  });

  it('says clearly what is wrong with an unknown option or a bad value', async () => {
    const bogus = await cli(['10054', '--bogus']);
    expect(bogus.code).toBe(2);
    expect(bogus.err).toMatch(
      /^sockerr: unknown option --bogus\. Options: --json, --lang en\|zh-TW, --encoding gbk \(scan\), --since 7d \(feedback\), --help, --version\./,
    );
    const lang = await cli(['10054', '--lang', 'fr']);
    expect(lang.code).toBe(2);
    expect(lang.err).toContain('--lang must be one of en, zh-TW (in any case), not "fr"');
    expect((await cli(['10054', '--lang'])).err).toContain('--lang needs a value.');
  });
});

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

describe('the sockerr executable', () => {
  const run = promisify(execFile);
  it('writes only JSON to stdout with --json and sets the exit code', async () => {
    const { stdout } = await run(
      process.execPath,
      ['--import', 'tsx', join(ROOT, 'src/adapters/terminal/cli.ts'), '10061', '--json'],
      {
        cwd: ROOT,
      },
    );
    expect(JSON.parse(stdout)[0].name).toBe('WSAECONNREFUSED');
    await expect(
      run(process.execPath, ['--import', 'tsx', join(ROOT, 'src/adapters/terminal/cli.ts'), 'zzqx']),
    ).rejects.toMatchObject({ code: 1 });
  }, 30_000);
});
