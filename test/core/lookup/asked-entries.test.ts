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
