import type { Catalog } from './catalog/index.js';
import type { DetectionRules } from './detect/index.js';
import { createDetector, type Detector } from './detect/index.js';

/**
 * Builds the detector on first use (or at `warmUp`), so a one-shot look-up of a code or name never
 * pays for it; a look-up that has to read its query as a log line builds it then.
 */
export function lazyDetector(catalog: Catalog, rules: DetectionRules): Detector & { warmUp(): void } {
  let detect: Detector | undefined;
  const build = () => {
    detect ??= createDetector(catalog.entries, rules);
    return detect;
  };
  return Object.assign((text: string) => build()(text), {
    withMentions: (text: string) => build().withMentions(text),
    warmUp: () => void build(),
  });
}
