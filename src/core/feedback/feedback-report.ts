import { labelEntry } from '../catalog/index.js';
import type { CoreContext } from '../context.js';
import type { FeedbackEntry } from '../ports/index.js';

/** Most records one report reads. */
const REPORT_LIMIT = 10_000;

/** What `sockerr feedback` shows: the replies marked wrong, to turn into corpus cases, and how many helped. */
export interface FeedbackReport {
  /** "Not this error" presses, oldest first, each finding with its catalog label (`10054 WSAECONNRESET`). */
  wrong: (FeedbackEntry & { labels: string[] })[];
  helpful: number;
}

/** The feedback recorded at or after `sinceMs`. */
export async function feedbackReport(ctx: CoreContext, sinceMs: number): Promise<FeedbackReport> {
  const entries = await ctx.store.listFeedback(sinceMs, REPORT_LIMIT);
  const label = (id: string) => {
    const entry = ctx.catalog.byId.get(id);
    return entry ? labelEntry(entry) : id;
  };
  return {
    wrong: entries.filter((e) => e.verdict === 'wrong').map((e) => ({ ...e, labels: e.findings.map(label) })),
    helpful: entries.filter((e) => e.verdict === 'helpful').length,
  };
}
