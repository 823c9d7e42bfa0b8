import { createDetector, type Detector, type Finding } from '../../src/core/index.js';
import { realData } from './core.js';
import { pushInPieces } from './texts.js';

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

/** What `detect` finds in `text` given to its stream `size` characters at a time, as a log file is read. */
export function readInPieces(detect: Detector, text: string, size: number): Finding[] {
  const stream = detect.stream();
  pushInPieces(stream, text, size);
  return stream.end();
}
