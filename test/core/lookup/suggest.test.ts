import { describe, expect, it } from 'vitest';
import { createLookup } from '../../../src/core/lookup/create-lookup.js';
import { suggestEntries } from '../../../src/core/lookup/suggest.js';
import { realCatalog } from '../../helpers/core.js';

const catalog = realCatalog();
const lookup = createLookup(catalog);
const values = (typed: string) => suggestEntries({ catalog, lookup }, typed).map((s) => s.value);

describe('autocomplete choices', () => {
  it('offers the errors whose HRESULT starts with what was typed', () => {
    expect(values('0x8007274')).toEqual(expect.arrayContaining(['10053', '10054', '10060', '10061']));
    expect(values('0x80072746')[0]).toBe('10054');
  });
});
