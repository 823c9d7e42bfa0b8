import type { Database } from 'better-sqlite3';
import type { FeedbackEntry, SeenCount } from '../../../core/index.js';
import type { HourRange } from '../hours.js';

interface FeedbackRow {
  at: number;
  verdict: string;
  channel: string;
  reply_id: string;
  user_id: string;
  text_hash: string;
  excerpt: string;
  findings: string;
  removed: number;
}

/**
 * The SQLite statements beyond settings, claims and counts: notes that expire, feedback rows,
 * and tallies of every scope under a parent. Each call is one statement, so it is atomic and
 * seen by every process at once.
 */
export function prepareRecords(db: Database) {
  const q = {
    remember: db.prepare<[string, string, number]>(
      `INSERT INTO notes (key, value, expires_at) VALUES (?, ?, ?)
       ON CONFLICT (key) DO UPDATE SET value = excluded.value, expires_at = excluded.expires_at`,
    ),
    recall: db.prepare<[string, number], { value: string }>(
      'SELECT value FROM notes WHERE key = ? AND expires_at > ?',
    ),
    addFeedback: db.prepare<[number, string, string, string, string, string, string, string, number]>(
      `INSERT INTO feedback (at, verdict, channel, reply_id, user_id, text_hash, excerpt, findings, removed)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    listFeedback: db.prepare<[number, number], FeedbackRow>(
      'SELECT * FROM feedback WHERE at >= ? ORDER BY at, id LIMIT ?',
    ),
    // Children of `parent` sort between `parent:` and `parent;` (`;` follows `:`); grandchildren are left out.
    tallyUnder: db.prepare<[string, string, number, number, number], SeenCount>(
      `SELECT id, sum(count) AS count FROM seen
       WHERE scope > ? AND scope < ? AND instr(substr(scope, ?), ':') = 0 AND hour BETWEEN ? AND ?
       GROUP BY id`,
    ),
    pruneFeedback: db.prepare<[number]>('DELETE FROM feedback WHERE at < ?'),
  };

  return {
    remember(key: string, value: string, expiresAt: number): void {
      q.remember.run(key, value, expiresAt);
    },
    recall: (key: string, now: number): string | undefined => q.recall.get(key, now)?.value,
    addFeedback(entry: FeedbackEntry): void {
      q.addFeedback.run(
        entry.at,
        entry.verdict,
        entry.channel,
        entry.replyId,
        entry.userId,
        entry.textHash,
        entry.excerpt,
        JSON.stringify(entry.findings),
        entry.removed ? 1 : 0,
      );
    },
    listFeedback: (sinceMs: number, limit: number): FeedbackEntry[] =>
      q.listFeedback.all(sinceMs, limit).flatMap(readFeedback),
    sumUnder(parent: string, range: HourRange): SeenCount[] {
      if (range.from > range.to) return [];
      return q.tallyUnder.all(`${parent}:`, `${parent};`, parent.length + 2, range.from, range.to);
    },
    /** Feedback past retention (notes expire in the sweep, `sqlite-sweep.ts`). */
    prune(oldestKept: number): void {
      q.pruneFeedback.run(oldestKept);
    },
  };
}

/** A stored row as a feedback entry; a row that is not ours (a hand-edited file) is left out. */
function readFeedback(row: FeedbackRow): FeedbackEntry[] {
  if (row.verdict !== 'helpful' && row.verdict !== 'wrong') return [];
  let findings: unknown;
  try {
    findings = JSON.parse(row.findings);
  } catch {
    findings = [];
  }
  return [
    {
      at: row.at,
      verdict: row.verdict,
      channel: row.channel,
      replyId: row.reply_id,
      userId: row.user_id,
      textHash: row.text_hash,
      excerpt: row.excerpt,
      findings: Array.isArray(findings) ? findings.filter((f) => typeof f === 'string') : [],
      removed: row.removed === 1,
    },
  ];
}
