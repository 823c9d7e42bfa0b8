import { createDetector, type Detector, type Finding } from '../../src/core/index.js';
import { realData } from './core.js';

let detector: Detector | undefined;

/** The production detector over the shipped data, built once per test file. */
export function detectErrors(text: string): Finding[] {
  detector ??= createDetector(realData().catalog.entries, realData().rules);
  return detector(text);
}
