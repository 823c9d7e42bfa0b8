import { existsSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Database } from 'better-sqlite3';
import type { Logger } from '../../../core/index.js';
import { hourOf } from '../hours.js';
import { parseJsonState } from '../json-state.js';

interface ImportOptions {
  now: number;
  keptHours: number;
  logger: Logger;
}

/**
 * Imports each 0.1 JSON store (`state.json`) once: its settings, and its all-time counts as
 * sightings in the hour the file was last written (the latest they can have happened), unless
 * that is past retention. The file stays where it is, as a backup; the database remembers the
 * import, so it is not repeated (not even by another process starting at the same moment).
 */
export function importJsonStates(db: Database, candidates: readonly string[], options: ImportOptions): void {
  for (const candidate of candidates) {
    if (existsSync(candidate)) importOne(db, resolve(candidate), options);
  }
}

function importOne(db: Database, file: string, { now, keptHours, logger }: ImportOptions): void {
  const flag = `imported:${file}`;
  const done = db.prepare('SELECT value FROM meta WHERE key = ?');
  const result = db
    .transaction(() => {
      if (done.get(flag)) return null;
      let text: string;
      try {
        text = readFileSync(file, 'utf8');
      } catch (error) {
        // A folder named state.json, or a file sockerr may not read: the store itself is fine, so
        // start-up goes on; not marked imported, so a start after the fix imports it.
        return { cannotRead: (error as NodeJS.ErrnoException).code ?? String(error) };
      }
      const state = parseJsonState(text);
      if (!state) return 'unreadable' as const;
      const hour = hourOf(statSync(file).mtimeMs);
      const countsKept = hour > hourOf(now) - keptHours;
      const putSettings = db.prepare(
        'INSERT INTO settings (key, auto_reply, lang, updated_at) VALUES (?, ?, ?, ?) ON CONFLICT (key) DO NOTHING',
      );
      const putCount = db.prepare(
        'INSERT INTO seen (scope, hour, id, count) VALUES (?, ?, ?, ?) ON CONFLICT DO UPDATE SET count = count + excluded.count',
      );
      let settings = 0;
      let counts = 0;
      for (const [key, s] of Object.entries(state.settings)) {
        const auto = s.autoReply === undefined ? null : Number(s.autoReply);
        settings += putSettings.run(key, auto, s.lang ?? null, now).changes;
      }
      for (const [scope, ids] of countsKept ? Object.entries(state.seen) : []) {
        for (const [id, n] of Object.entries(ids)) counts += putCount.run(scope, hour, id, n).changes;
      }
      const summary = { at: new Date(now).toISOString(), settings, counts, countsKept };
      db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)').run(flag, JSON.stringify(summary));
      return summary;
    })
    .immediate();
  if (typeof result === 'object' && result !== null && 'cannotRead' in result) {
    logger.warn(
      'the state.json of sockerr 0.1 beside the store cannot be read, so it was not imported: let sockerr read it (or move it away) and start sockerr again to import it',
      { file, error: result.cannotRead },
    );
  } else if (result === 'unreadable') {
    logger.warn(
      'a state.json beside the store is not a sockerr state file; it was not imported and is left as it is',
      {
        file,
      },
    );
  } else if (result) {
    logger.info(
      'imported the JSON store into the SQLite store; the JSON file is kept as a backup and no longer read',
      {
        file,
        settings: result.settings,
        counts: result.counts,
        ...(result.countsKept
          ? {}
          : { note: 'its counts are older than the retention period and were not imported' }),
      },
    );
  }
}
