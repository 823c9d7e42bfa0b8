/**
 * A store that must not be used as it is (a damaged, locked or newer-schema SQLite file, a
 * directory that cannot be written): start-up stops with this message, which names the file and
 * says what to do. sockerr never resets a store to get going.
 */
export class StoreStartupError extends Error {
  override readonly name = 'StoreStartupError';
  readonly code = 'SOCKERR_STORE_STARTUP';
}
