import type { CoreContext } from './context.js';
import type { Reply } from './reply/index.js';
import { answerQuery, countOccurrences, describeReading, triagePaste } from './reply/index.js';
import { scanLog } from './scan-log.js';
import type { Core } from './types.js';

/**
 * The parts of the Core API that need no channel, user or store: the terminal's look-up of a
 * query, and its scan of a text or of a log given piece by piece.
 */
export function oneShotCore(ctx: CoreContext): Pick<Core, 'lookup' | 'scan' | 'scanLog'> {
  return {
    lookup(query, locale) {
      const result = ctx.lookup(query);
      const matches =
        'matches' in result
          ? result.matches.map((m) => ({
              entry: m.entry,
              readings: m.readings.map((r) => describeReading(r, locale, ctx.t)),
            }))
          : [];
      return { found: matches.length > 0, matches, reply: answerQuery(ctx, query, locale, {}, result) };
    },

    scanLog: (locale) => scanLog(ctx, locale),

    scan(text, locale) {
      const paste = { text, ...ctx.detect.withMentions(text) };
      let reply: Reply | null | undefined;
      // The reply is built only if asked for: `scan --json` prints the findings alone.
      return {
        findings: countOccurrences(paste),
        nothingFound: ctx.t(locale, 'scan.nothingFound'),
        get reply() {
          reply ??= triagePaste(ctx, paste, locale);
          return reply;
        },
      };
    },
  };
}
