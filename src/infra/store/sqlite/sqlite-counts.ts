import type Database from 'better-sqlite3';

/** Ids counted by one statement (3 parameters each, well under SQLite's limit of 32,766). */
const MAX_ROWS = 32;

/**
 * Counts the errors seen in a scope this hour. A message's ids are counted by one multi-row upsert,
 * so they are atomic without a savepoint of their own (a repeated id counts twice: rows are upserted
 * in order). Statements are prepared once per number of ids; a longer list than one statement
 * takes is counted in chunks inside one transaction.
 */
export function prepareCounts(db: Database.Database) {
  const statements = new Map<number, Database.Statement<unknown[]>>();
  const countChunk = (scope: string, hour: number, ids: readonly string[]) => {
    let statement = statements.get(ids.length);
    if (!statement) {
      const rows = Array.from(ids, () => '(?, ?, ?, 1)').join(', ');
      statement = db.prepare<unknown[]>(
        `INSERT INTO seen (scope, hour, id, count) VALUES ${rows} ON CONFLICT DO UPDATE SET count = count + 1`,
      );
      statements.set(ids.length, statement);
    }
    const args: unknown[] = [];
    for (const id of ids) args.push(scope, hour, id);
    statement.run(...args);
  };
  const countMany = db.transaction((scope: string, hour: number, ids: readonly string[]) => {
    for (let i = 0; i < ids.length; i += MAX_ROWS) countChunk(scope, hour, ids.slice(i, i + MAX_ROWS));
  });
  return (scope: string, hour: number, ids: readonly string[]): void => {
    if (ids.length === 0) return;
    if (ids.length <= MAX_ROWS) countChunk(scope, hour, ids);
    else countMany.immediate(scope, hour, ids);
  };
}
