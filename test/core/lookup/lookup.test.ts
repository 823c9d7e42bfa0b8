import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createLookup, type LookupResult } from '../../../src/core/lookup/create-lookup.js';
import { realCatalog } from '../../helpers/core.js';

const lookup = createLookup(realCatalog());
const ids = (result: LookupResult) =>
  result.kind === 'exact' || result.kind === 'text' ? result.matches.map((m) => m.entry.id) : [];
const first = (query: string) => ids(lookup(query))[0];

describe('lookup', () => {
  it.each(['10054', '#10054', '# 10054', '0x2746', '0x80072746', '-2147014842', '`10054`'])(
    'reads %s as WSAECONNRESET',
    (query) => {
      expect(lookup(query).kind).toBe('exact');
      expect(first(query)).toBe('10054');
    },
  );

  it.each([
    ['WSAECONNRESET', '10054'],
    ['ECONNRESET', '10054'],
    ['econnreset', '10054'],
    ['SocketError.ConnectionReset', '10054'],
    ['Errno::ECONNRESET', '10054'],
    ['errno.ECONNREFUSED', '10061'],
    [':econnrefused', '10061'],
    ['EAI_AGAIN', '11002'],
    ['ENOTFOUND', '11001'],
    ['EAI_NONAME', '11001'],
    ['WSAHOST_NOT_FOUND', '11001'],
    ['UV_ECONNRESET', '10054'],
    ['ConnectionRefusedError', '10061'],
    ['EPIPE', 'EPIPE'],
  ])('reads the symbol %s as %s', (query, id) => {
    expect(first(query)).toBe(id);
  });

  it.each([
    ['SocketError.TimedOut', '10060', [{ kind: 'dotnet', member: 'TimedOut' }]],
    ['socketerror.connectionreset', '10054', [{ kind: 'dotnet', member: 'ConnectionReset' }]],
    ['TimedOut', '10060', [{ kind: 'dotnet', member: 'TimedOut' }]],
    ['Disconnecting', '10101', [{ kind: 'dotnet', member: 'Disconnecting' }]],
    ['wsaeconnreset', '10054', [{ kind: 'symbol', symbol: 'WSAECONNRESET' }]],
  ])('reads %s once, as the catalog spells it (no SOCKETERROR.TIMEDOUT)', (query, id, readings) => {
    const result = lookup(query);
    expect(result.kind).toBe('exact');
    if (result.kind !== 'exact') return;
    expect(result.matches.map((m) => m.entry.id)).toEqual([id]);
    expect(result.matches[0]?.readings).toEqual(readings);
  });

  it('gives every reading of an ambiguous number, each labelled with its platform', () => {
    const result = lookup('54');
    expect(result.kind).toBe('exact');
    if (result.kind !== 'exact') return;
    const reset = result.matches.find((m) => m.entry.id === '10054');
    expect(reset?.readings.map((r) => r.kind)).toEqual(['macos', 'freebsd']);
  });

  it('reads 104 as ECONNRESET on Linux', () => {
    const result = lookup('104');
    expect(ids(result)).toContain('10054');
    if (result.kind === 'exact')
      expect(result.matches[0]?.readings[0]).toEqual({ kind: 'linux', number: 104 });
  });

  it('reads 61 as ECONNREFUSED on macOS', () => {
    expect(ids(lookup('61'))).toContain('10061');
  });

  it('reads -4077 as libuv ECONNRESET on Windows', () => {
    const result = lookup('-4077');
    expect(first('-4077')).toBe('10054');
    if (result.kind === 'exact') expect(result.matches[0]?.readings[0]?.kind).toBe('libuvWindows');
  });

  it('reads -104 as libuv ECONNRESET on Linux and -2 as glibc EAI_NONAME', () => {
    expect(first('-104')).toBe('10054');
    expect(first('-2')).toBe('11001');
  });

  it.each([
    ['connection reset', '10054'],
    ['forcibly closed', '10054'],
    ['actively refused', '10061'],
    ['conection refused', '10061'],
    ['Temporary failure in name resolution', '11002'],
    ['no such host is known', '11001'],
    ['address already in use', '10048'],
    ['broken pipe', 'EPIPE'],
  ])('finds %s by its text', (query, id) => {
    expect(first(query)).toBe(id);
  });

  it('reports an empty query as empty', () => {
    expect(lookup('   ').kind).toBe('empty');
  });

  it('reports an unknown query with no close match as none', () => {
    const result = lookup('zzqx flibbertigibbet');
    expect(result.kind).toBe('none');
  });

  it('reads a query longer than a code or a name as a paste, and finds nothing without a detector', () => {
    expect(lookup('x'.repeat(500)).kind).toBe('no-findings');
  });

  it('reads a five-digit number that is no Winsock code as nothing', () => {
    expect(lookup('12345').kind).toBe('none');
  });

  it('never throws on any string', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (query) => {
        expect(['empty', 'success', 'no-findings', 'exact', 'text', 'none']).toContain(lookup(query).kind);
      }),
      { numRuns: 300 },
    );
  });

  it.each([
    ['error 995', '995'],
    ['Error 10054', '10054'],
    ['Socket Error # 995', '995'],
    ['error code: 10061', '10061'],
  ])('reads %s as the code alone', (query, id) => {
    expect(lookup(query).kind).toBe('exact');
    expect(first(query)).toBe(id);
  });

  it('reads error and a number that names several errors as that number, never as the word error', () => {
    // `error 6` explained EAI_SYSTEM ("System error") by the word alone.
    expect(ids(lookup('error 6'))).toEqual(ids(lookup('6')));
  });

  it('reads an errno alone as every error it is as an errno, and as nothing else', () => {
    // 11 is EAGAIN and EWOULDBLOCK (10035) on Linux; never Winsock's or h_errno's.
    expect(ids(lookup('errno 11')).sort()).toEqual(['10035', 'EAGAIN']);
    // Node's EINVAL on Windows, which libuv gives 87, 10022 and 10046.
    expect(ids(lookup('errno: -4071')).sort()).toEqual(['10022', '10046', '87']);
    expect(first('[Errno 10054]')).toBe('10054');
    expect(lookup('errno 6').kind).toBe('none');
  });
});
