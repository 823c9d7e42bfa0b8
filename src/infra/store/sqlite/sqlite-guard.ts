import { StoreUnavailableError } from '../../../core/index.js';
import type { Availability } from '../availability.js';
import type { SqliteConnection } from './connection.js';

/** SQLite's answers that mean "not usable right now" rather than a mistake in our SQL. */
const UNAVAILABLE = /^SQLITE_(BUSY|LOCKED|FULL|IOERR|READONLY|CANTOPEN|CORRUPT|NOTADB|PROTOCOL|NOMEM|PERM)/;

/**
 * How the SQLite store runs each call: `guard` runs a read or a write and turns SQLite's "not usable
 * right now" into a StoreUnavailableError (tracking the outage); `kept` is a write whose answer is
 * acted on, told only once its turn is committed.
 */
export function createSqliteGuard(deps: {
  connection: SqliteConnection;
  availability: Availability;
  path: string;
}) {
  const { connection, availability, path } = deps;
  // Only a committed write proves the store works again: in WAL mode reads go on while another
  // program holds the write lock, and on a full disk a write's statement succeeds and only the
  // turn's commit fails; counting either would log "back" and "down" in turn. While the store is
  // down, each write commits on its own; while it is up, `kept` waits for the turn's commit: so a
  // claim or a setting that could not be kept is never reported made.
  const guard = <T>(work: () => T, writes = true): Promise<T> => {
    try {
      const value = !writes
        ? work()
        : availability.isUp
          ? connection.inTurn(work)
          : connection.commitNow(work, false);
      if (writes) availability.up();
      return Promise.resolve(value);
    } catch (error) {
      if (!UNAVAILABLE.test(String((error as { code?: unknown }).code))) return Promise.reject(error);
      availability.down(error);
      return Promise.reject(unavailable(error));
    }
  };
  const unavailable = (error: unknown) => {
    const message = `the SQLite store ${path} cannot be used right now: ${(error as Error).message}`;
    return new StoreUnavailableError(message, { cause: error });
  };
  /** A write whose answer is acted on (a claim won, a setting saved): told only once it is committed. */
  const kept = <T>(work: () => T): Promise<T> => {
    const done = guard(work);
    const committed = connection.turnCommitted();
    return done.then((value) =>
      committed.then(
        () => value,
        (error: unknown) => Promise.reject(unavailable(error)),
      ),
    );
  };
  /**
   * Claims stay in the turn's one commit (a message's claims, counts and cooldowns cost one); a
   * decision asks this before it acts on them. Refused while writes fail: the turn that failed
   * first may have held this decision's claims.
   */
  const committed = (): Promise<void> =>
    availability.isUp
      ? connection.turnCommitted().catch((error: unknown) => Promise.reject(unavailable(error)))
      : Promise.reject(unavailable(new Error('its last commit failed')));
  return { guard, kept, committed };
}
