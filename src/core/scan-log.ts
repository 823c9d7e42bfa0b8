import type { Locale } from './catalog/index.js';
import type { CoreContext } from './context.js';
import { createOsReader, createPasteStream, type Reply, triageErrors, withCounts } from './reply/index.js';
import type { LogScan } from './types.js';

/**
 * A log read piece by piece (`sockerr scan FILE`): the detector streams it in bounded memory, and
 * its records are read as it goes, so the findings, their counts and the reply are those of the
 * whole text, whatever its size.
 */
export function scanLog(ctx: CoreContext, locale: Locale): LogScan {
  const paste = createPasteStream();
  // Which OS the log shows orders its checks, as for a paste (its head, and the lines around errors).
  const os = createOsReader();
  const stream = ctx.detect.stream((region) => {
    os.region(region);
    return paste.region(region);
  });
  return {
    push(piece) {
      stream.push(piece);
      os.push(piece);
    },
    end() {
      const findings = stream.end();
      const errors = paste.end(findings);
      const shown = os.end(findings);
      let reply: Reply | null | undefined;
      return {
        findings: withCounts(findings, errors),
        nothingFound: ctx.t(locale, 'scan.nothingFound'),
        // Built only when asked for: `scan --json` prints the findings alone.
        get reply() {
          reply ??= triageErrors(ctx, errors, locale, { setting: shown });
          return reply;
        },
      };
    },
  };
}
