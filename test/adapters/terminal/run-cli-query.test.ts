import { describe, expect, it } from 'vitest';
import { cli } from './run-cli-io.js';

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

  it('names the other close errors by the command a terminal runs, not the chat one', async () => {
    const { out } = await cli(['connection timed']);
    expect(out).toMatch(/Also close: .*\(`sockerr 10061`\)/);
    expect(out).not.toContain('/sockerr');
  });

  it('offers a choice, commonest first, for one word that many errors hold', async () => {
    for (const word of ['socket', 'connection', 'host']) {
      const { code, out } = await cli([word]);
      expect(code, word).toBe(0);
      expect(out, word).toMatch(/^“\w+” fits many errors/);
      expect(out, word).toMatch(/• 10054 WSAECONNRESET \(Connection reset by peer\) → `sockerr 10054`/);
    }
    // A word few errors hold still opens the one it names.
    expect((await cli(['timeout'])).out).toMatch(/^10060 WSAETIMEDOUT/);
  });

  it('offers the command a terminal runs when a pasted log holds no socket error', async () => {
    for (const lang of ['en', 'zh-TW']) {
      const { code, out } = await cli(['build finished\nall 12 tests passed', '--lang', lang]);
      expect(code).toBe(1);
      expect(out).toContain('`sockerr 10054`');
      expect(out).not.toContain('/sockerr');
    }
  });

  it('explains each of several codes asked at once, in the order given', async () => {
    for (const args of [['10053', '10054'], ['10053, 0x2746'], ['10053', 'ECONNREFUSED', '-4077']]) {
      const { code, out } = await cli(args);
      expect(code, args.join(' ')).toBe(0);
      expect(out).toMatch(/^\d socket errors in this paste/);
      expect(out).toMatch(/1\. 10053 WSAECONNABORTED[\s\S]*2\. 100(54|61) /);
    }
    // A number that names no error is passed over: the code that does is explained.
    const { code, out } = await cli(['10053', '99999']);
    expect(code).toBe(0);
    expect(out).toMatch(/^10053 WSAECONNABORTED/);
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

  it('asks whether a one-word query that found nothing was a mistyped command', async () => {
    const slip = await cli(['scna', '--json']);
    expect(slip.code).toBe(1);
    expect(JSON.parse(slip.out)).toEqual([]);
    expect(slip.err).toContain('did you mean `sockerr scan`?');
    expect((await cli(['catalogue'])).err).toContain('did you mean `sockerr catalog`?');
    expect((await cli(['zzqx'])).err).toBe('');
    expect((await cli(['10054'])).err).toBe('');
  });

  it('reads negative numbers as queries, not options', async () => {
    expect((await cli(['-4077'])).out).toContain('WSAECONNRESET');
    const hresult = await cli(['-2147014842', '--json']);
    expect(hresult.code).toBe(0);
    expect(JSON.parse(hresult.out)[0].name).toBe('WSAECONNRESET');
  });

  it('reads a negative number in full-width digits as a query too, as it reads the positive ones', async () => {
    // A Chinese or Japanese input method types ４０７７; the minus stays ASCII.
    const { code, out, err } = await cli(['-４０７７']);
    expect({ code, err }).toEqual({ code: 0, err: '' });
    expect(out).toContain('WSAECONNRESET');
  });

  it('keeps the words of an unquoted log line in their order around a negative number', async () => {
    // `sockerr Error: -111 connect failed` had been read, and shown, as "Error: connect failed -111".
    const { code, out } = await cli(['Error:', '-111', 'connect', 'failed', 'zzqx']);
    expect(code).toBe(1);
    expect(out).toContain('“Error: -111 connect failed zzqx”');
    expect((await cli(['errno', '-4077', 'code', 'ECONNRESET'])).out).toContain('WSAECONNRESET');
  });

  it('names a negative number given as an option value rather than say the option has none', async () => {
    const { code, err } = await cli(['10054', '--lang', '-4077']);
    expect(code).toBe(2);
    expect(err).toContain('--lang must be one of en, zh-TW (in any case), not "-4077"');
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
    expect(choice.out).toContain('`sockerr errno.EPIPE`');
    expect(choice.out).toContain('`sockerr 10058`');
    expect(choice.out).not.toContain('/sockerr');
    expect((await cli(['errno.EPIPE'])).out.split('\n')[0]).toBe('EPIPE · Broken pipe');
  });
});
