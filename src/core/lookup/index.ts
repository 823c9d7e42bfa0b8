/** Look-up: a code, symbol, number, HRESULT, log line or words to the catalog entries they name. */
export {
  createLookup,
  type Lookup,
  type LookupResult,
  MAX_QUERY_LENGTH,
} from './create-lookup.js';
export type { LookupMatch, Reading } from './readings.js';
export { type Suggestion, suggestEntries } from './suggest.js';
