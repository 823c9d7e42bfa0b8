import { type Catalog, LOCALES } from '../catalog/index.js';
import type { Detector } from '../detect/index.js';
import { type AnswerDeps, answerQuery } from './answer-query.js';
import { triagePaste } from './triage.js';

/** How many catalog entries the warm-up paste names: enough for the triage of several errors. */
const SAMPLE_ERRORS = 3;

/**
 * A paste like the ones sockerr answers, written from the catalog itself: log lines with the
 * Windows message, code, host and port of a few errors, timestamped.
 */
function samplePaste(catalog: Catalog): string {
  const entries = catalog.entries.filter((e) => e.code !== null && e.systemMessage).slice(0, SAMPLE_ERRORS);
  return entries
    .map(
      (e, i) =>
        `2024-01-02 10:0${i}:07 ERROR connect to db.internal:5432 failed: System.Net.Sockets.SocketException (${e.code}): ${e.systemMessage}`,
    )
    .join('\n');
}

/**
 * Runs each way of answering once, in every language, so that what is built or compiled on first
 * use (string tables, the triage's record splitting, the explanation's lines) is ready before the
 * first message: a reply right after a start is as fast as any later one. Pure: no store, no I/O.
 */
export function warmUpReplies(deps: AnswerDeps & { detect: Detector }): void {
  const paste = samplePaste(deps.catalog);
  const [one] = deps.catalog.entries;
  for (const locale of LOCALES) {
    triagePaste(deps, { text: paste, ...deps.detect.withMentions(paste) }, locale);
    const line = paste.split('\n')[0] ?? '';
    triagePaste(deps, { text: line, ...deps.detect.withMentions(line) }, locale);
    if (one) answerQuery(deps, one.id, locale, { shareable: true, brief: true });
  }
}
