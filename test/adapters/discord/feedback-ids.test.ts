import { describe, expect, it } from 'vitest';
import { decodeFeedbackId, encodeFeedbackId } from '../../../src/adapters/discord/feedback-ids.js';

describe('feedback button ids', () => {
  it('round-trips a verdict and core’s value through a custom_id', () => {
    const id = encodeFeedbackId('wrong', '1700000000000000001');
    expect(id).toBe('sockerr:fb:wrong:1700000000000000001');
    expect(decodeFeedbackId(id ?? '')).toEqual({ verdict: 'wrong', value: '1700000000000000001' });
    expect(decodeFeedbackId('sockerr:fb:helpful:a:b')).toEqual({ verdict: 'helpful', value: 'a:b' });
  });

  it('refuses ids over 100 characters and does not claim other buttons', () => {
    expect(encodeFeedbackId('helpful', 'x'.repeat(100))).toBeUndefined();
    for (const other of [
      'sockerr:share:10054',
      'sockerr:fb:maybe:1',
      'sockerr:fb:wrong:',
      'other:fb:wrong:1',
    ])
      expect(decodeFeedbackId(other)).toBeUndefined();
  });
});
