import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CatalogError } from '../../../src/core/errors.js';
import { loadCatalog } from '../../../src/infra/data/index.js';
import { ROOT } from '../../helpers/paths.js';

type Json = Record<string, unknown>;

/** A copy of data/ to break on purpose. */
function copyData(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sockerr-data-'));
  cpSync(join(ROOT, 'data'), dir, { recursive: true });
  return dir;
}

function editJson(file: string, edit: (json: Json) => void): void {
  const json = JSON.parse(readFileSync(file, 'utf8')) as Json;
  edit(json);
  writeFileSync(file, JSON.stringify(json));
}

describe('loading broken data', () => {
  it('names the file, the entry and the field when a fact is malformed', () => {
    const dir = copyData();
    editJson(join(dir, 'catalog.json'), (json) => {
      const entries = json.entries as Json[];
      const entry = entries.find((e) => e.id === '10054') as Json;
      entry.category = 'meltdown';
    });
    expect(() => loadCatalog(dir)).toThrowError(CatalogError);
    expect(() => loadCatalog(dir)).toThrowError(
      /catalog\.json: entry "10054": field "category" must be one of/,
    );
  });

  it('names a retry advice for a situation that is unknown or no advice', () => {
    const dir = copyData();
    const edit = (retryWhen: unknown) =>
      editJson(join(dir, 'catalog.json'), (json) => {
        const entry = (json.entries as Json[]).find((e) => e.id === '10048') as Json;
        entry.retryWhen = retryWhen;
      });
    edit({ binding: 'no' });
    expect(() => loadCatalog(dir)).toThrowError(
      /entry "10048": field "retryWhen\.binding" is not a known situation/,
    );
    edit({ listening: 'never' });
    expect(() => loadCatalog(dir)).toThrowError(/entry "10048": field "retryWhen\.listening" must be one of/);
  });

  it('names the locale and the entry when an explanation is missing', () => {
    const dir = copyData();
    editJson(join(dir, 'explanations/zh-TW/common.json'), (json) => {
      delete json['10061'];
    });
    expect(() => loadCatalog(dir)).toThrowError(/entry "10061": has no zh-TW explanation/);
  });

  it('names the file when it is not JSON', () => {
    const dir = copyData();
    writeFileSync(join(dir, 'explanations/en/common.json'), '{ not json');
    expect(() => loadCatalog(dir)).toThrowError(/common\.json: is not valid JSON/);
  });

  it('names the field when an explanation has the wrong type', () => {
    const dir = copyData();
    editJson(join(dir, 'explanations/en/common.json'), (json) => {
      (json['10054'] as Json).causes = 'a string, not a list';
    });
    expect(() => loadCatalog(dir)).toThrowError(/entry "10054": field "causes" must be a list/);
  });

  it('names the situation when checks for one are unknown or malformed', () => {
    const dir = copyData();
    editJson(join(dir, 'explanations/en/common.json'), (json) => {
      (json['10061'] as Json).checksWhen = { sctp: ['a check'] };
    });
    expect(() => loadCatalog(dir)).toThrowError(
      /entry "10061": field "checksWhen\.sctp" is not a known situation/,
    );
    editJson(join(dir, 'explanations/en/common.json'), (json) => {
      (json['10061'] as Json).checksWhen = { udp: [] };
    });
    expect(() => loadCatalog(dir)).toThrowError(
      /entry "10061": field "checksWhen\.udp" must have 1 to 8 items/,
    );
  });

  it('names a malformed summaryWhen or causesWhen by its situation', () => {
    const dir = copyData();
    editJson(join(dir, 'explanations/en/common.json'), (json) => {
      (json['10061'] as Json).summaryWhen = { sctp: 'a summary' };
    });
    expect(() => loadCatalog(dir)).toThrowError(
      /entry "10061": field "summaryWhen\.sctp" is not a known situation/,
    );
    editJson(join(dir, 'explanations/en/common.json'), (json) => {
      (json['10061'] as Json).summaryWhen = { udp: '' };
    });
    expect(() => loadCatalog(dir)).toThrowError(
      /entry "10061": field "summaryWhen\.udp" must be a non-empty string/,
    );
    editJson(join(dir, 'explanations/en/common.json'), (json) => {
      (json['10061'] as Json).summaryWhen = undefined;
      (json['10061'] as Json).causesWhen = { udp: [] };
    });
    expect(() => loadCatalog(dir)).toThrowError(
      /entry "10061": field "causesWhen\.udp" must have 1 to 8 items/,
    );
  });

  it('refuses a symbol used by two entries', () => {
    const dir = copyData();
    editJson(join(dir, 'catalog.json'), (json) => {
      const entries = json.entries as Json[];
      const refused = entries.find((e) => e.id === '10061') as Json;
      (refused.aliases as string[]).push('ECONNRESET');
    });
    expect(() => loadCatalog(dir)).toThrowError(/symbol "ECONNRESET"/);
  });
});
