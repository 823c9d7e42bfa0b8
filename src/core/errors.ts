/**
 * The errors sockerr throws on purpose. Expected failures (an unknown code, an empty query) are
 * values, not exceptions; these are for broken data and configuration, which must stop start-up
 * with a message that names the file, the entry and the field.
 */

/** Codes that logs and tests can match without parsing a message. */
const ERROR_CODES = {
  data: 'SOCKERR_DATA_INVALID',
} as const;

/** A broken data file (catalog, explanations, translations, detection rules). */
export class CatalogError extends Error {
  override readonly name = 'CatalogError';
  readonly code = ERROR_CODES.data;
}
