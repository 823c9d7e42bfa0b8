import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../../src/core/catalog/types.js';
import { loadCatalog } from '../../../src/infra/data/index.js';

const catalog = loadCatalog();

describe('the catalog', () => {
  it('pins the reviewed categories, groups and retry advice', () => {
    const judged = (id: string) => {
      const e = catalog.byId.get(id);
      return e && [e.category, e.group, e.retryable];
    };
    // 10053: the local stack aborted the connection (its own summary says so), not a remote failure.
    expect(judged('10053')).toEqual(['reset', 'local', 'maybe']);
    // 10052: a keep-alive failure on the path.
    expect(judged('10052')).toEqual(['reset', 'network', 'maybe']);
    // 10060: a dropped SYN or a dead address does not go away on a retry.
    expect(judged('10060')).toEqual(['timeout', 'network', 'maybe']);
    expect(judged('10054')).toEqual(['reset', 'remote', 'maybe']);
    expect(judged('10061')).toEqual(['refused', 'remote', 'maybe']);
    expect(judged('11001')).toEqual(['dns', 'network', 'no']);
    expect(judged('11002')).toEqual(['dns', 'network', 'yes']);
  });

  it('computes every HRESULT as HRESULT_FROM_WIN32', () => {
    for (const entry of catalog.entries.filter((e) => e.code !== null)) {
      expect(entry.hresult).toBe(
        `0x${((0x80070000 | (entry.code as number)) >>> 0).toString(16).toUpperCase()}`,
      );
    }
  });

  it('has unique ids and symbols', () => {
    const symbols = catalog.entries.flatMap((e) => [
      ...new Set([e.name, ...e.aliases].map((s) => s.toUpperCase())),
    ]);
    expect(new Set(symbols).size).toBe(symbols.length);
    expect(new Set(catalog.entries.map((e) => e.id)).size).toBe(catalog.entries.length);
  });

  it('explains every entry in every locale, with the same shape', () => {
    for (const entry of catalog.entries) {
      for (const locale of LOCALES) {
        expect(entry[locale].summary.length, `${entry.id} ${locale}`).toBeGreaterThan(10);
        expect(entry[locale].causes.length).toBeGreaterThan(0);
        expect(entry[locale].checks.length).toBeGreaterThan(0);
      }
      expect(entry['zh-TW'].causes.length, entry.id).toBe(entry.en.causes.length);
      expect(entry['zh-TW'].checks.length, entry.id).toBe(entry.en.checks.length);
      expect(entry['zh-TW'].summary).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('writes no character that chat platforms treat as markup in explanations', () => {
    for (const entry of catalog.entries) {
      for (const locale of LOCALES) {
        const t = entry[locale];
        const all = [t.summary, ...t.causes, ...t.checks].join(' ');
        expect(all, `${entry.id} ${locale}`).not.toMatch(/[<>&@]/);
      }
    }
  });

  it('is frozen', () => {
    const entry = catalog.byId.get('10054');
    expect(Object.isFrozen(entry)).toBe(true);
    expect(Object.isFrozen(entry?.en.causes)).toBe(true);
  });
});
