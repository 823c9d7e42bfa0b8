/** Detection: the socket errors in a pasted text, in whatever form a runtime printed them. */
export { createDetector, type Detector } from './create-detector.js';
export { CONFIDENCES, type Confidence, FINDING_FORMS, type Finding, type FindingForm } from './finding.js';
export { type DetectionRuleFiles, parseDetectionRules } from './parse-rules.js';
export type { DetectionRules } from './rules.js';
