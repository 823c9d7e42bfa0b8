import type { Catalog } from '../catalog/index.js';
import type { ParsedQuery } from './parse-query.js';
import { asErrno, readNumber } from './read-number.js';
import { readSymbol } from './read-symbol.js';
import type { LookupMatch } from './readings.js';

/** Entries named by an HRESULT (`0x80072746`). */
function readHresult(catalog: Catalog, hresult: string): LookupMatch[] {
  return catalog.entries
    .filter((e) => e.hresult === hresult)
    .map((entry) => ({ entry, readings: [{ kind: 'hresult', hresult }] }));
}

/** Every entry a parsed code, number, HRESULT or symbol names. */
export function readExact(catalog: Catalog, parsed: ParsedQuery): LookupMatch[] {
  switch (parsed.kind) {
    case 'number': {
      const read = readNumber(catalog, parsed.value, parsed.hex);
      return parsed.errno ? asErrno(read) : read;
    }
    case 'hresult':
      return readHresult(catalog, parsed.hresult);
    case 'symbol':
      return readSymbol(catalog, parsed.symbol, parsed.posixOnly, parsed.rustOnly);
    case 'text':
      return readSymbol(catalog, parsed.text.replace(/\s+/g, '_'));
    case 'empty':
      return [];
  }
}
