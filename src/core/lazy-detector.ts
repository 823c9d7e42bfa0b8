import type { Catalog } from './catalog/index.js';
import type { DetectionRules, SavedTables } from './detect/index.js';
import { createDetector, type Detector } from './detect/index.js';
import type { CoreMetrics } from './ports/index.js';

/**
 * Builds the detector on first use (or at `warmUp`, which also warms its ASCII scan), so a one-shot
 * look-up of a code or name never pays for it; a look-up that has to read its query as a log line
 * builds it then. With `metrics` (the chat adapters), every detection pass is timed for
 * `/metrics`. `saved`: the automata a build saved (compiled instead when absent or stale).
 */
export function lazyDetector(
  catalog: Catalog,
  rules: DetectionRules | (() => DetectionRules),
  metrics?: CoreMetrics,
  saved?: SavedTables,
): Detector & { untimed(): Detector } {
  let detect: Detector | undefined;
  // The rules as read from the data files are needed only to build the detector: once it holds
  // its own tables, they are let go rather than kept beside them for the life of the process.
  let source: DetectionRules | (() => DetectionRules) | undefined = rules;
  const build = () => {
    if (!detect) {
      // Rules given as a loader are read (and validated) only now.
      const given = source as DetectionRules | (() => DetectionRules);
      detect = createDetector(catalog.entries, typeof given === 'function' ? given() : given, saved);
      source = undefined;
    }
    return detect;
  };
  const timed = <T>(run: () => T): T => (metrics ? metrics.timeDetection(run) : run());
  return Object.assign((text: string) => timed(() => build()(text)), {
    withMentions: (text: string) => timed(() => build().withMentions(text)),
    stream: (onRegion?: Parameters<Detector['stream']>[0]) => build().stream(onRegion),
    warmUp: () => build().warmUp(),
    countCandidates: (text: string) => build().countCandidates(text),
    /** The detector itself, for passes that are not the users' (a warm-up): they stay out of `/metrics`. */
    untimed: build,
  });
}
