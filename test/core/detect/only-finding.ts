import { expect } from 'vitest';
import type { Finding } from '../../../src/core/detect/finding.js';
import { detectErrors } from '../../helpers/detect.js';

/** The one finding in `text`, failing the test with all findings when there is not exactly one. */
export function only(text: string): Finding {
  const findings = detectErrors(text);
  expect(findings, JSON.stringify(findings)).toHaveLength(1);
  return findings[0] as Finding;
}
