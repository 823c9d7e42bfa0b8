/** Look-up: a code, symbol, number, HRESULT or words to the catalog entries they name. */
export { createLookup, type Lookup, type LookupResult, MAX_QUERY_LENGTH } from './create-lookup.js';
export type { Reading } from './readings.js';
export { type Suggestion, suggestEntries } from './suggest.js';
