import { describe, expect, it } from 'vitest';
import type { Confidence } from '../../../src/core/detect/finding.js';
import { detectErrors, highIds } from '../../helpers/detect.js';
import { highForms } from './high-forms.js';
import { only } from './only-finding.js';

describe('detectErrors finds the forms real runtimes print', () => {
  it.each(highForms)('reads %s with high confidence', (_label, text, id, form) => {
    const finding = detectErrors(text).find((f) => f.id === id);
    expect(finding, JSON.stringify(detectErrors(text))).toMatchObject({ id, form, confidence: 'high' });
    expect(highIds(text)).toEqual([id]);
  });

  it('reads the English Windows message texts exactly, with or without the final period', () => {
    const texts = [
      'No connection could be made because the target machine actively refused it.',
      'No connection could be made because the target machine actively refused it',
      'No connection could be made because the target machine actively refused it.\r\n',
      'No connection could be made because the target machine\r\n actively refused it.',
    ];
    for (const text of texts)
      expect(only(text)).toMatchObject({ id: '10061', form: 'message', confidence: 'high' });
    expect(only('No such host is known.').match).toBe('No such host is known.');
    expect(only('No such host is known').match).toBe('No such host is known');
  });

  it('reads a Chinese message after the Python prefix and without its final 。', () => {
    expect(highIds('ConnectionResetError: [WinError 10054] 远程主机强迫关闭了一个现有的连接')).toEqual([
      '10054',
    ]);
    expect(only('由于目标计算机积极拒绝，无法连接').id).toBe('10061');
  });
});

describe('confidence ordering', () => {
  it('never reports a confidence outside the three levels', () => {
    const levels: Confidence[] = ['high', 'medium', 'low'];
    for (const [, text] of highForms)
      for (const f of detectErrors(text)) expect(levels).toContain(f.confidence);
  });
});

describe('a message at an edge of the text', () => {
  it('reads the errno printed right before a message that starts the text', () => {
    expect(detectErrors('(111: Connection refused')).toMatchObject([
      { id: '10061', form: 'errno', index: 0 },
    ]);
  });

  it('keeps the final period of a message that ends the text, and ends one with none at the end', () => {
    expect(detectErrors('Connection refused.').map((f) => f.match)).toEqual(['Connection refused.']);
    expect(detectErrors('Connection refused').map((f) => f.match)).toEqual(['Connection refused']);
  });
});
