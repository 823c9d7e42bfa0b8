import { describe, expect, it } from 'vitest';
import { formatHresult, parseQuery } from '../../../src/core/lookup/parse-query.js';

describe('parseQuery', () => {
  it('reads decimal, hash and hex codes as numbers', () => {
    expect(parseQuery('10054')).toEqual({ kind: 'number', value: 10054, hex: false });
    expect(parseQuery('#10054')).toEqual({ kind: 'number', value: 10054, hex: false });
    expect(parseQuery('0x2746')).toEqual({ kind: 'number', value: 10054, hex: true });
    expect(parseQuery('-4077')).toEqual({ kind: 'number', value: -4077, hex: false });
  });

  it('reads a typeset minus sign or an en dash before a number as a minus', () => {
    for (const raw of ['\u22124077', '\u20134077'])
      expect(parseQuery(raw)).toEqual({ kind: 'number', value: -4077, hex: false });
  });

  it('reads a query inside quotes, inline code or chat emphasis as the query itself', () => {
    for (const raw of ['`10054`', '"10054"', '*10054*', '**10054**', '_10054_', '~10054~', '```10054```'])
      expect(parseQuery(raw)).toEqual({ kind: 'number', value: 10054, hex: false });
    expect(parseQuery('*WSAECONNRESET*')).toEqual({
      kind: 'symbol',
      symbol: 'WSAECONNRESET',
      posixOnly: false,
    });
    expect(parseQuery('_connection reset_')).toEqual({ kind: 'text', text: 'connection reset' });
  });

  it('reads a code in brackets or ending a sentence as the code (`(10054)`, `10054.`)', () => {
    for (const raw of ['(10054)', '[10054]', '10054.', '10054,', '(10054).', '#10054:'])
      expect(parseQuery(raw), raw).toEqual({ kind: 'number', value: 10054, hex: false });
    expect(parseQuery('(0x80072746)')).toEqual({ kind: 'hresult', hresult: '0x80072746' });
    expect(parseQuery('(-4077)')).toEqual({ kind: 'number', value: -4077, hex: false });
    // An errno, not a bare number read in every platform's space.
    expect(parseQuery('[Errno 111]')).toEqual({ kind: 'number', value: 111, hex: false, errno: true });
  });

  it('reads HRESULTs in hex and as signed decimals', () => {
    expect(parseQuery('0x80072746')).toEqual({ kind: 'hresult', hresult: '0x80072746' });
    expect(parseQuery('-2147014842')).toEqual({ kind: 'hresult', hresult: '0x80072746' });
    expect(parseQuery('2147952454')).toEqual({ kind: 'hresult', hresult: '0x80072746' });
  });

  it('strips runtime prefixes from symbols, remembering those that name a POSIX errno constant', () => {
    expect(parseQuery('Errno::ECONNRESET')).toEqual({
      kind: 'symbol',
      symbol: 'ECONNRESET',
      posixOnly: true,
    });
    expect(parseQuery('errno.EPIPE')).toEqual({ kind: 'symbol', symbol: 'EPIPE', posixOnly: true });
    expect(parseQuery(':econnrefused')).toEqual({ kind: 'symbol', symbol: 'econnrefused', posixOnly: false });
    expect(parseQuery('SocketError.ConnectionReset')).toEqual({
      kind: 'symbol',
      symbol: 'SocketError.ConnectionReset',
      posixOnly: false,
    });
  });

  it('reads 0, 00 and full-width digits as numbers', () => {
    expect(parseQuery('0')).toEqual({ kind: 'number', value: 0, hex: false });
    expect(parseQuery('00')).toEqual({ kind: 'number', value: 0, hex: false });
    expect(parseQuery('１００５４')).toEqual({ kind: 'number', value: 10054, hex: false });
  });

  it('treats words as text', () => {
    expect(parseQuery('  connection   reset ')).toEqual({ kind: 'text', text: 'connection reset' });
  });

  it('formats HRESULTs as Windows prints them', () => {
    expect(formatHresult(0x80072746)).toBe('0x80072746');
    expect(formatHresult(-2147014842)).toBe('0x80072746');
  });
});

describe('parseQuery of an errno', () => {
  it('reads a number written as an errno as one', () => {
    for (const raw of ['errno 13', 'errno: 13', 'errno=13', '[Errno 13]', 'os error 13', '(os error 13)'])
      expect(parseQuery(raw), raw).toEqual({ kind: 'number', value: 13, hex: false, errno: true });
    expect(parseQuery('errno -4077')).toEqual({ kind: 'number', value: -4077, hex: false, errno: true });
  });
});
