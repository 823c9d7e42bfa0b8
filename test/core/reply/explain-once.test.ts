import { describe, expect, it } from 'vitest';
import { createAnswerCache } from '../../../src/core/reply/answer-cache.js';
import { explainEntry } from '../../../src/core/reply/explain.js';
import { explainEntryOnce } from '../../../src/core/reply/explain-once.js';
import { loadTranslations } from '../../../src/infra/data/index.js';
import { realCatalog } from '../../helpers/core.js';

const catalog = realCatalog();
const t = loadTranslations();
const answers = createAnswerCache(64);
const entry = (id: string) => {
  const found = catalog.byId.get(id);
  if (!found) throw new Error(id);
  return found;
};

describe('explainEntryOnce', () => {
  it('gives the same explanation as explainEntry, frozen, and the same one again for the same paste', () => {
    const context = { host: 'db.internal', port: '5432' };
    const once = explainEntryOnce(answers, entry('10054'), 'en', t, { context });
    expect(once).toEqual(explainEntry(entry('10054'), 'en', t, { context }));
    expect(Object.isFrozen(once)).toBe(true);
    expect(Object.isFrozen(once.sections)).toBe(true);
    expect(explainEntryOnce(answers, entry('10054'), 'en', t, { context: { ...context } })).toBe(once);
  });

  it('builds a new explanation for another locale, form, host or error', () => {
    const base = explainEntryOnce(answers, entry('10061'), 'en', t);
    const others = [
      explainEntryOnce(answers, entry('10061'), 'zh-TW', t),
      explainEntryOnce(answers, entry('10061'), 'en', t, { brief: true }),
      explainEntryOnce(answers, entry('10061'), 'en', t, { shareable: true }),
      explainEntryOnce(answers, entry('10061'), 'en', t, { context: { host: 'api.example.com' } }),
      explainEntryOnce(answers, entry('10060'), 'en', t),
    ];
    for (const other of others) expect(other).not.toEqual(base);
    expect(JSON.stringify(others[3])).toContain('api.example.com');
  });

  it('builds an explanation that says how a query read each time', () => {
    const options = { readings: [{ kind: 'found' as const, match: 'ECONNREFUSED' }] };
    const first = explainEntryOnce(answers, entry('10061'), 'en', t, options);
    expect(first).toEqual(explainEntry(entry('10061'), 'en', t, options));
    expect(Object.isFrozen(first)).toBe(false);
  });
});
