import { afterEach, describe, expect, it } from 'vitest';
import { CatalogError } from '../../../src/core/errors.js';
import { loadDetectionRules } from '../../../src/infra/data/index.js';
import { dataWith, removeDataCopies } from './edited-detection-data.js';

afterEach(removeDataCopies);

describe('loadDetectionRules', () => {
  it('loads the shipped detection data', () => {
    const rules = loadDetectionRules();
    expect(rules.phrases.length).toBeGreaterThan(5);
    expect(rules.numbers.some((n) => n.keyword === '[WinError')).toBe(true);
    const windowsLanguages = new Set(rules.localized.map((m) => m.lang));
    for (const lang of ['de', 'fr', 'es', 'it', 'pt-BR', 'ru', 'ja', 'ko', 'zh-TW', 'zh-CN'])
      expect(windowsLanguages).toContain(lang);
    expect(new Set(rules.glibc.map((m) => m.lang)).size).toBeGreaterThanOrEqual(30);
    expect(rules.errorWords.find((w) => w.lang === 'de')?.word).toBe('Fehler');
  });

  it('names the file, the entry and the field of a bad value', () => {
    const dir = dataWith('runtime-phrases.json', (json) => {
      (json.phrases as Record<string, unknown>[])[2] = {
        text: 'x',
        id: '10054',
        confidence: 'sure',
        source: 's',
      };
    });
    expect(() => loadDetectionRules(dir)).toThrow(CatalogError);
    expect(() => loadDetectionRules(dir)).toThrow(/runtime-phrases\.json: phrases\[2\]: field "confidence"/);
  });

  it('rejects an unknown number space', () => {
    const dir = dataWith('number-contexts.json', (json) => {
      (json.numbers as Record<string, unknown>[])[0] = { keyword: 'x', spaces: ['decimal'], source: 's' };
    });
    expect(() => loadDetectionRules(dir)).toThrow(
      /number-contexts\.json: numbers\[0\]: field "spaces" has "decimal"/,
    );
  });

  it('rejects a localized message without sources', () => {
    const dir = dataWith('localized-messages.json', (json) => {
      delete (json.messages as Record<string, unknown>[])[1]?.sources;
    });
    expect(() => loadDetectionRules(dir)).toThrow(/localized-messages\.json: messages\[1\]: field "sources"/);
  });

  it('rejects a glibc translation of an unknown kind, and a glibc file that names no package', () => {
    const kind = dataWith('glibc-messages.json', (json) => {
      (json.messages as Record<string, unknown>[])[3] = {
        id: '10061',
        lang: 'de',
        text: 'x',
        msgid: 'y',
        kind: 'z',
      };
    });
    expect(() => loadDetectionRules(kind)).toThrow(/glibc-messages\.json: messages\[3\]: field "kind"/);
    const source = dataWith('glibc-messages.json', (json) => {
      delete json.source;
    });
    expect(() => loadDetectionRules(source)).toThrow(/glibc-messages\.json: source: field "\(entry\)"/);
  });

  it('rejects a word for "error" without its source, and a number context flag that is no boolean', () => {
    const word = dataWith('glibc-messages.json', (json) => {
      delete (json.errorWords as Record<string, unknown>[])[0]?.source;
    });
    expect(() => loadDetectionRules(word)).toThrow(/errorWords\[0\]: field "source"/);
    const flag = dataWith('number-contexts.json', (json) => {
      (json.numbers as Record<string, unknown>[])[0] = {
        keyword: 'x',
        spaces: ['posix'],
        joined: 'yes',
        source: 's',
      };
    });
    expect(() => loadDetectionRules(flag)).toThrow(/numbers\[0\]: field "joined" must be a boolean/);
  });

  it('rejects a not-error text without a source or with a malformed near or unlessAfter, and a weak Windows text with an odd confidence', () => {
    const notError = dataWith('runtime-phrases.json', (json) => {
      (json.notErrors as Record<string, unknown>[])[0] = { text: 'Connection timed out after' };
    });
    expect(() => loadDetectionRules(notError)).toThrow(/notErrors\[0\]: field "source"/);
    const near = dataWith('runtime-phrases.json', (json) => {
      (json.notErrors as Record<string, unknown>[])[0] = {
        text: 'Connection timed out',
        near: 'Redis',
        source: 's',
      };
    });
    expect(() => loadDetectionRules(near)).toThrow(/notErrors\[0\]: field "near"/);
    const unlessAfter = dataWith('runtime-phrases.json', (json) => {
      (json.notErrors as Record<string, unknown>[])[0] = {
        text: 'ETIMEDOUT',
        unlessAfter: 'connect ',
        source: 's',
      };
    });
    expect(() => loadDetectionRules(unlessAfter)).toThrow(/notErrors\[0\]: field "unlessAfter"/);
    const weak = dataWith('localized-messages.json', (json) => {
      (json.messages as Record<string, unknown>[])[0] = {
        id: '10061',
        lang: 'de',
        text: 'x',
        sources: ['s'],
        confidence: 'maybe',
      };
    });
    expect(() => loadDetectionRules(weak)).toThrow(/messages\[0\]: field "confidence"/);
  });
});
