import { createDetector, type Detector, type Finding } from '../../src/core/index.js';
import { realData } from './core.js';

let detector: Detector | undefined;

/** The production detector over the shipped data, built once per test file. */
export function detectErrors(text: string): Finding[] {
  detector ??= createDetector(realData().catalog.entries, realData().rules);
  return detector(text);
}

/** The ids found at high confidence, sorted: what an auto-reply would explain. */
export function highIds(text: string): string[] {
  return detectErrors(text)
    .filter((f) => f.confidence === 'high')
    .map((f) => f.id)
    .sort();
}

/** Every id found at any confidence, sorted. */
export function anyIds(text: string): string[] {
  return detectErrors(text)
    .map((f) => f.id)
    .sort();
}
