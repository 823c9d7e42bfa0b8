/** Detection: the socket errors in a pasted text, in whatever form a runtime printed them. */
export {
  compileDetectorTables,
  createDetector,
  type Detection,
  type Detector,
  type MentionStarts,
  type ReadText,
} from './create-detector.js';
export type { Confidence, Finding, FindingForm } from './finding.js';
export type { SavedTables } from './keywords/saved-tables.js';
export { parseDetectionRules } from './parse-rules.js';
export { parseLocalizedMessages } from './parse-translations.js';
export type { DetectionRules, LocalizedMessage } from './rules.js';
export type { StreamRegion } from './stream.js';
