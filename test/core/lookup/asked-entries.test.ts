import { describe, expect, it } from 'vitest';
import { readAskedEntries } from '../../../src/core/lookup/asked-entries.js';
import { realCatalog } from '../../helpers/core.js';

const ids = (question: string) =>
  readAskedEntries(realCatalog(), question).asked.map((a) => a.match.entry.id);

describe('readAskedEntries', () => {
  it('reads a list of Winsock codes in the order it names them, each once', () => {
    expect(ids('10054 10061 10060')).toEqual(['10054', '10061', '10060']);
    expect(ids('10054, 10061; 10054/10060')).toEqual(['10054', '10061', '10060']);
  });

  it('reads a code among the words of a question, in English or Chinese, full-width or not', () => {
    expect(ids('what is 10061?')).toEqual(['10061']);
    expect(ids('is it 10054.')).toEqual(['10054']);
    expect(ids('10054 是什麼意思')).toEqual(['10054']);
    expect(ids('１００５４ 和 WSAETIMEDOUT？')).toEqual(['10054', '10060']);
  });

  it('reads symbols, HRESULTs and libuv numbers that name one error', () => {
    expect(ids('ECONNRESET or Errno::ECONNREFUSED')).toEqual(['10054', '10061']);
    expect(ids('0x80072746 and -4077')).toEqual(['10054']);
  });

  it('leaves ports, small numbers and ordinary words alone', () => {
    expect(ids('timeout on port 10061')).toEqual([]);
    expect(ids('localhost:10061 refused')).toEqual([]);
    expect(ids('104 110 3')).toEqual([]);
    expect(ids('is the error we saw yesterday back?')).toEqual([]);
  });

  it('points each token at where it starts in the text it returns', () => {
    const { text, asked } = readAskedEntries(realCatalog(), 'why 10060 after 10065?');
    expect(asked.map((a) => text.slice(a.index, a.index + a.token.length))).toEqual(['10060', '10065']);
  });
});

describe('readAskedEntries in a list', () => {
  it('counts a small number that names one error only in a list of nothing but errors', () => {
    const { asked } = readAskedEntries(realCatalog(), '995 10053');
    expect(asked.map((a) => a.match.entry.id)).toEqual(['995', '10053']);
    expect(
      readAskedEntries(realCatalog(), 'retried 995 times, then 10053').asked.map((a) => a.token),
    ).toEqual(['10053']);
  });
});

describe('readAskedEntries after errno', () => {
  it('reads a small number after errno as the errno it is, among words too', () => {
    expect(ids('errno 13')).toEqual(['10013']);
    expect(ids('[Errno 32] Broken pipe')).toEqual(['EPIPE']);
    expect(ids('Bad file descriptor (os error 9)')).toEqual(['10009']);
    expect(ids('write failed, errno=32')).toEqual(['EPIPE']);
    expect(ids('errno: -13')).toEqual(['10013']);
  });

  it('leaves an errno that Linux and macOS read as different errors to the words around it', () => {
    // ETIME on Linux, ELOOP (10062) on macOS.
    expect(ids('[Errno 62] Timer expired')).toEqual([]);
  });

  it('still reads a small number after other words as a count', () => {
    expect(ids('retried 13 times')).toEqual([]);
  });
});

describe('readAskedEntries in Chinese', () => {
  it('reads a code typed right against Chinese words', () => {
    expect(ids('10054是什麼')).toEqual(['10054']);
    expect(ids('什麼是10054？')).toEqual(['10054']);
  });

  it('leaves a number typed right after a Chinese word for port alone', () => {
    expect(ids('連接埠10061被占用')).toEqual([]);
    expect(ids('在連接埠10061上逾時')).toEqual([]);
  });
});
