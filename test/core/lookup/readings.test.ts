import { describe, expect, it } from 'vitest';
import { createLookup, type LookupResult } from '../../../src/core/lookup/create-lookup.js';
import { readNumber } from '../../../src/core/lookup/read-number.js';
import { readSymbol } from '../../../src/core/lookup/read-symbol.js';
import { describeReading } from '../../../src/core/reply/explain.js';
import { loadTranslations } from '../../../src/infra/data/index.js';
import { realCatalog } from '../../helpers/core.js';

const catalog = realCatalog();
const lookup = createLookup(catalog);
const t = loadTranslations();
const matchesOf = (result: LookupResult) => ('matches' in result ? result.matches : []);

/** libuv's getaddrinfo numbers (include/uv/errno.h) and the entry each one is, on every OS. */
const LIBUV_EAI: [number, string, string][] = [
  [-3000, 'EAI_ADDRFAMILY', 'EAI_ADDRFAMILY'],
  [-3001, 'EAI_AGAIN', '11002'],
  [-3002, 'EAI_BADFLAGS', '10022'],
  [-3003, 'EAI_CANCELED', 'EAI_CANCELED'],
  [-3004, 'EAI_FAIL', '11003'],
  [-3005, 'EAI_FAMILY', '10047'],
  [-3006, 'EAI_MEMORY', '8'],
  [-3007, 'EAI_NODATA', '11004'],
  [-3008, 'EAI_NONAME', '11001'],
  [-3009, 'EAI_OVERFLOW', 'EAI_OVERFLOW'],
  [-3010, 'EAI_SERVICE', '10109'],
  [-3011, 'EAI_SOCKTYPE', '10044'],
  [-3013, 'EAI_BADHINTS', 'EAI_BADHINTS'],
  [-3014, 'EAI_PROTOCOL', 'EAI_PROTOCOL'],
];

describe('numbers', () => {
  it.each(['0', '00', '０', '#0', '0x0'])('reads %s as success, not as an error', (query) => {
    expect(lookup(query)).toEqual({ kind: 'success' });
  });

  it.each(LIBUV_EAI)(
    'reads %i as libuv %s (%s), the same on every OS, never as Windows only',
    (n, name, id) => {
      const result = lookup(String(n));
      expect(result.kind).toBe('exact');
      const [match, ...others] = matchesOf(result);
      expect(others).toEqual([]);
      expect(match?.entry.id).toBe(id);
      expect(match?.readings).toEqual([{ kind: 'libuvEai', number: n, name }]);
      const said = describeReading(match?.readings[0] as never, 'en', t);
      expect(said).toContain('every OS');
      expect(said).not.toContain('on Windows');
    },
  );

  it('labels every reading of every number in the catalog with where it applies', () => {
    const numbers = new Set<number>();
    for (const e of catalog.entries) {
      for (const n of [
        e.code,
        e.posix?.linux,
        e.posix?.macos,
        e.libuv?.windows,
        e.resolver?.getaddrinfo?.glibc,
      ]) {
        if (typeof n === 'number') numbers.add(n);
      }
      if (e.posix?.linux) numbers.add(-e.posix.linux);
    }
    const platform = /Windows|Linux|macOS|FreeBSD|every OS|各作業系統/;
    for (const n of numbers) {
      for (const match of readNumber(catalog, n, false)) {
        for (const reading of match.readings) {
          for (const locale of ['en', 'zh-TW'] as const) {
            expect(describeReading(reading, locale, t), `${n} ${reading.kind}`).toMatch(platform);
          }
        }
      }
    }
  });

  it('reads -104 on Linux and -54 on macOS and FreeBSD as libuv ECONNRESET', () => {
    expect(readNumber(catalog, -104, false)[0]?.readings).toEqual([{ kind: 'libuvLinux', number: -104 }]);
    expect(readNumber(catalog, -54, false).find((m) => m.entry.id === '10054')?.readings).toEqual([
      { kind: 'libuvMacos', number: -54 },
      { kind: 'libuvFreebsd', number: -54 },
    ]);
  });

  it('keeps full-width digits working', () => {
    expect(matchesOf(lookup('１００５４'))[0]?.entry.id).toBe('10054');
    expect(matchesOf(lookup('－４０７７'))[0]?.entry.id).toBe('10054');
  });

  it('reads a number nothing uses as nothing, without guessing by text', () => {
    expect(lookup('12345')).toEqual({ kind: 'none', suggestions: [] });
    expect(lookup('-3012')).toEqual({ kind: 'none', suggestions: [] });
  });
});

describe('symbols', () => {
  it.each([
    ['EPIPE', ['EPIPE', '10058']],
    ['EAGAIN', ['EAGAIN', '10035']],
    ['ECANCELED', ['ECANCELED', '995', '10004']],
  ])('reads %s as every error it names, the POSIX errno first', (symbol, ids) => {
    const result = lookup(symbol);
    expect(result.kind).toBe('exact');
    expect(matchesOf(result).map((m) => m.entry.id)).toEqual(ids);
    expect(matchesOf(result)[0]?.readings).toEqual([{ kind: 'posixName', symbol }]);
    expect(matchesOf(result)[1]?.readings[0]?.kind).toBe('nodeCode');
  });

  it('reads errno.EPIPE and Errno::EPIPE as the POSIX errno alone', () => {
    for (const query of ['errno.EPIPE', 'Errno::EPIPE', 'errno.ECANCELED']) {
      expect(matchesOf(lookup(query)).map((m) => m.entry.id)).toEqual([query.replace(/^.*[.:]/, '')]);
    }
    // A constant that is no POSIX name still reads as the symbol.
    expect(readSymbol(catalog, 'WSAECONNRESET', true)[0]?.entry.id).toBe('10054');
  });
});

describe('commands that open one error', () => {
  it('gives every entry a command that names it alone, never the ambiguous symbol', () => {
    for (const entry of catalog.entries) {
      const command = lookup.commandFor(entry);
      const result = lookup(command);
      expect(result.kind, `${entry.id}: ${command}`).toBe('exact');
      expect(
        matchesOf(result).map((m) => m.entry.id),
        `${entry.id}: ${command}`,
      ).toEqual([entry.id]);
    }
    expect(lookup.commandFor(catalog.byId.get('EPIPE') as never)).toBe('errno.EPIPE');
    expect(lookup.commandFor(catalog.byId.get('10054') as never)).toBe('10054');
  });
});
