import { labelEntry } from '../catalog/index.js';
import type { CoreContext } from '../context.js';
import type { FeedbackReport } from '../view-types.js';

/** Most records one report reads. */
const REPORT_LIMIT = 10_000;

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
