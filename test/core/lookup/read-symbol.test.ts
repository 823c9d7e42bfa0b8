import { describe, expect, it } from 'vitest';
import { createLookup, type LookupResult } from '../../../src/core/lookup/create-lookup.js';
import { realCatalog } from '../../helpers/core.js';

const lookup = createLookup(realCatalog());
const ids = (result: LookupResult) => ('matches' in result ? result.matches.map((m) => m.entry.id) : []);

describe('looking up a Rust io::ErrorKind', () => {
  it.each([
    ['ErrorKind::AddrInUse', '10048'],
    ['std::io::ErrorKind::AddrNotAvailable', '10049'],
    ['io::ErrorKind::ConnectionReset', '10054'],
    ['ErrorKind::HostUnreachable', '10065'],
    ['AddrInUse', '10048'],
  ])('reads %s as %s', (query, id) => {
    const result = lookup(query);
    expect(result.kind).toBe('exact');
    expect(ids(result)).toEqual([id]);
    expect(result.kind === 'exact' && result.matches[0]?.readings).toContainEqual({
      kind: 'rust',
      name: query.replace(/^.*::/, ''),
    });
  });

  it('offers every error a kind names, the everyday one first', () => {
    // Rust's TimedOut on Windows is also ERROR_OPERATION_ABORTED (995).
    expect(ids(lookup('ErrorKind::TimedOut'))).toEqual(['10060', '995']);
  });

  it('leaves a .NET member that a Rust kind shares to .NET', () => {
    expect(ids(lookup('TimedOut'))).toEqual(['10060']);
  });
});

describe('looking up a Java exception class alone', () => {
  it('offers the errors a class is thrown for, the everyday one first', () => {
    for (const query of ['java.net.ConnectException', 'ConnectException', 'java.net.ConnectException:']) {
      const result = lookup(query);
      expect(result.kind, query).toBe('exact');
      expect(ids(result), query).toEqual(['10061', '10060']);
    }
  });

  it('offers the commonest few of the many errors java.net.SocketException is thrown for', () => {
    const result = lookup('java.net.SocketException');
    expect(result).toMatchObject({ kind: 'text', broad: true });
    expect(ids(result)).toEqual(['10054', '10053', '10013', '10024', '10051']);
  });
});
