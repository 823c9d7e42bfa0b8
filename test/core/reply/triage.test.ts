import { describe, expect, it } from 'vitest';
import { TRIAGE_ORDER } from '../../../src/core/catalog/categories.js';
import { CATEGORIES } from '../../../src/core/catalog/types.js';
import type { Finding } from '../../../src/core/detect/finding.js';
import { orderFindings, triageFindings } from '../../../src/core/reply/triage.js';
import { loadTranslations } from '../../../src/infra/data/index.js';
import { realCatalog } from '../../helpers/core.js';

const finding = (id: string, index: number, count = 1): Finding => ({
  id,
  match: id,
  index,
  form: 'symbol',
  confidence: 'high',
  count,
});
const t = loadTranslations();

describe('triage', () => {
  it('ranks every category exactly once', () => {
    expect([...TRIAGE_ORDER].sort()).toEqual([...CATEGORIES].sort());
  });

  it('orders DNS before unreachable, refused, timeouts and resets, whatever the paste order', () => {
    const ids = orderFindings(realCatalog(), [
      finding('10054', 0),
      finding('10060', 10),
      finding('10061', 20),
      finding('10065', 30),
      finding('11001', 40),
    ]).map((i) => i.entry.id);
    expect(ids).toEqual(['11001', '10065', '10061', '10060', '10054']);
  });

  it('lists errors without a Winsock code by name and tells a likely story in both languages', () => {
    const findings = [finding('EPIPE', 0, 3), finding('11002', 5)];
    const en = triageFindings(realCatalog(), findings, 'en', t);
    expect(en?.fallback).toContain('EPIPE ×3');
    expect(en?.subtitle).toBe(
      'Most likely story: name resolution failed first. The resets that follow are probably its consequence.',
    );
    const zh = triageFindings(realCatalog(), findings, 'zh-TW', t);
    expect(zh?.subtitle).toContain('名稱解析失敗');
  });

  it('cuts a very long list with a note instead of growing without bound', () => {
    const many = realCatalog()
      .entries.slice(0, 14)
      .map((e, i) => finding(e.id, i));
    const reply = triageFindings(realCatalog(), many, 'en', t);
    expect(reply?.fallback).toContain('…and 4 more');
  });

  it('drops findings that are not in the catalog', () => {
    expect(triageFindings(realCatalog(), [finding('NOPE', 0)], 'en', t)).toBeNull();
  });

  it('mentions low-confidence findings only as possibly also, next to surer ones', () => {
    const findings = [finding('10060', 0), { ...finding('10061', 5), confidence: 'low' as const }];
    const reply = triageFindings(realCatalog(), findings, 'en', t);
    expect(reply?.title).toContain('WSAETIMEDOUT');
    expect(reply?.footer).toBe('Possibly also: 10061 WSAECONNREFUSED');
  });

  it('answers with low-confidence findings when nothing surer was found', () => {
    const reply = triageFindings(
      realCatalog(),
      [{ ...finding('EPIPE', 0), confidence: 'low' as const }],
      'en',
      t,
    );
    expect(reply?.title).toContain('EPIPE');
  });
});
