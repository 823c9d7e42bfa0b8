import { describe, expect, it } from 'vitest';
import { detectErrors } from '../../helpers/detect.js';
import { only } from './only-finding.js';

const TIMEOUT =
  'A connection attempt failed because the connected party did not properly respond after a period of time, or established connection failed because connected host has failed to respond.';

describe('tolerant matching of message texts', () => {
  it('reads a long text in another case as surely as printed (a whole message is no prose)', () => {
    const title = 'No Connection Could Be Made Because The Target Machine Actively Refused It';
    expect(only(title)).toMatchObject({ id: '10061', confidence: 'high' });
  });

  it('keeps a short generic text exact: other casings are not read surely', () => {
    expect(detectErrors('CONNECTION REFUSED')).toEqual([]);
    // Title case names the error, as people retype it (round 226), but only at low: no auto-reply.
    expect(detectErrors('Connection Refused').map((f) => [f.id, f.confidence])).toEqual([['10061', 'low']]);
  });

  it('reads a whole long text with a missing comma as surely as printed', () => {
    expect(only(TIMEOUT.replace(', or', ' or'))).toMatchObject({ id: '10060', confidence: 'high' });
    expect(only(TIMEOUT)).toMatchObject({ id: '10060', confidence: 'high' });
  });

  it('reads a long text wrapped over lines, with or without its final period', () => {
    const wrapped = TIMEOUT.replace('after a', 'after a\r\n   ').replace(/\.$/, '');
    expect(only(wrapped)).toMatchObject({ id: '10060', confidence: 'high' });
  });

  it('reads a slightly retyped long text wrapped between words as surely as unwrapped, not as cut at the break', () => {
    // Minecraft's `…forcibly closed by remote host` (no `the`, c59-006) and chef's `…actively refusing it`
    // (c64-013), each wrapped at 80 columns between words.
    const minecraft =
      'Internal Exception: java.io.IOException: An existing connection was forcibly\nclosed by remote host';
    expect(only(minecraft.replace('\n', ' '))).toMatchObject({ id: '10054', confidence: 'high' });
    expect(only(minecraft)).toMatchObject({ id: '10054', confidence: 'high' });
    const chef =
      'receive a message "No connection could be made because the target machine\nactively refusing it".';
    expect(only(chef)).toMatchObject({ id: '10061', confidence: 'high' });
  });

  it('reads a CJK text a console wrapped between any two of its characters as surely as printed', () => {
    // Windows' zh-CN 10061 and zh-TW 10054: a console wraps CJK text wherever its width runs out, and a
    // break inside the text's start left only its short tail to read it by, which took the break for
    // where a quote of the message began.
    for (const [id, text] of [
      ['10061', '由于目标计算机积极拒绝，无法连接。'],
      ['10054', '遠端主機已強制關閉一個現存的連線。'],
    ] as const) {
      for (let at = 1; at < text.length - 1; at++) {
        const wrapped = `System.Net.Sockets.SocketException (0x80004005): ${text.slice(0, at)}\r\n${text.slice(at)}`;
        expect(only(wrapped), wrapped).toMatchObject({ id, confidence: 'high' });
      }
    }
  });

  it('reads a long text cut short near its end as surely as printed (dev own-b-157, a GitHub title)', () => {
    const text = `Error response from daemon: ${TIMEOUT.slice(0, 150)}\nmore text`;
    expect(only(text)).toMatchObject({ id: '10060', confidence: 'high' });
    // Cut before two thirds of it, one level lower: what is left may be a phrase of prose.
    expect(only(`Error response from daemon: ${TIMEOUT.slice(0, 100)}\nmore text`)).toMatchObject({
      id: '10060',
      confidence: 'medium',
    });
    // The message's space met the line break where the title stops: the match ends before it (c4-056).
    const title = 'wsarecv: An existing connection was forcibly closed by the remote\n\n是什么原因';
    expect(only(title).match).toBe('An existing connection was forcibly closed by the remote');
  });

  it('reads a long text cut to its first third by an ellipsis (dev c3-168, a GitHub title)', () => {
    const text =
      'HTTP 502 request_failed\n\n connectex: A connection attempt failed because the connected party did not...';
    expect(only(text)).toMatchObject({ id: '10060', confidence: 'medium' });
  });

  it('reads a long text that a wrapper ends after its first clause', () => {
    const text = `System.Net.WebException: Unable to connect to the remote server ---> System.Net.Sockets.SocketException: ${TIMEOUT.slice(0, 103)}`;
    expect(only(text)).toMatchObject({ id: '10060' });
  });

  it('does not read a sentence that stops before a third of a long text', () => {
    expect(detectErrors('Our report says: A connection attempt failed because the network\n')).toEqual([]);
    expect(detectErrors('A connection attempt failed because the connected party\n')).toEqual([]);
  });

  it('reads a message quoted from inside, after a colon or at a line start', () => {
    const text = 'Error: because the target machine actively refused it 127.0.0.1:8080';
    expect(only(text)).toMatchObject({ id: '10061', confidence: 'medium' });
    expect(only('forcibly closed by the remote host\n')).toMatchObject({ id: '10054', confidence: 'medium' });
  });

  it('reads the Chinese 10061 text quoted without its first word (dev c3-027)', () => {
    const text = '关于“目标计算机积极拒绝，无法连接”\n\n如果出现这个问题，可以尝试吧proxy赋值为空';
    expect(only(text)).toMatchObject({ id: '10061', confidence: 'medium' });
  });

  it('does not read the end of a message inside a sentence', () => {
    expect(detectErrors('I see that target machine actively refused it')).toEqual([]);
  });

  it('does not read a text cut so short that another error starts the same way', () => {
    // 10057 and 10058 both start "A request to send or receive data was disallowed because the socket".
    const cut = 'A request to send or receive data was disallowed because the socket\n';
    expect(detectErrors(cut)).toEqual([]);
  });

  it('reads a slightly retyped long text (dev own-b-079, Russian with typos)', () => {
    const text = 'ошибки "Подключение не установлено т.к конечный компютер отверг запрос на подключение"';
    expect(only(text)).toMatchObject({ id: '10061', confidence: 'high' });
  });

  it('reads a long text with a typo near its start', () => {
    const text = 'An existing conection was forcibly closed by the remote host';
    expect(only(text)).toMatchObject({ id: '10054', confidence: 'high' });
  });

  it('reads a retyped text one level less sure when it is also cut short', () => {
    const text = 'An existing conection was forcibly closed by the\nnext line';
    expect(only(text)).toMatchObject({ id: '10054', confidence: 'medium' });
  });

  it('reads a Chinese text broken by mojibake and a line wrap (dev own-b-080)', () => {
    const text = '一直显示：由于连接方在一��\n�时间后没有正确答复或连接的主机没有反应，连接尝试失败';
    expect(only(text)).toMatchObject({ id: '10060', confidence: 'high' });
  });

  it('does not read a different long text as a retyped one', () => {
    expect(
      detectErrors('An existing customer was forcibly moved to the new plan by the billing host'),
    ).toEqual([]);
  });
});

describe('the most specific reading wins within one mention', () => {
  it('reads a Java ConnectException by its message', () => {
    // dev more-088
    expect(detectErrors('java.net.ConnectException: Connection timed out: connect').map((f) => f.id)).toEqual(
      ['10060'],
    );
  });

  it('reads getaddrinfo failed by the errno next to it', () => {
    // dev more-142
    expect(detectErrors('getaddrinfo failed errno 11002').map((f) => f.id)).toEqual(['11002']);
    expect(detectErrors('socket.gaierror: [Errno 11004] getaddrinfo failed').map((f) => f.id)).toEqual([
      '11004',
    ]);
  });

  it('reads an UnknownHostException by the resolver text in it', () => {
    // dev own-a-137 (Android)
    const text =
      'java.net.UnknownHostException: Unable to resolve host "aquarium.lipetsk.ru": No address associated with hostname';
    expect(detectErrors(text).map((f) => f.id)).toEqual(['11004']);
  });

  it('reads an h_errno by its message rather than as a POSIX errno', () => {
    // dev own-b-200
    expect(detectErrors('socket.herror: [Errno 1] Unknown host').map((f) => f.id)).toEqual(['11001']);
  });

  it('keeps a default reading when nothing more specific is named', () => {
    expect(only('java.net.UnknownHostException: db.internal')).toMatchObject({
      id: '11001',
      confidence: 'high',
    });
  });

  it('keeps two errors on two lines', () => {
    const text = 'getaddrinfo failed\nsome other line\n[Errno 11002] retry';
    expect(
      detectErrors(text)
        .map((f) => f.id)
        .sort(),
    ).toEqual(['11001', '11002']);
  });
});
