import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ErrorFacts } from '../../../src/core/catalog/types.js';
import { createDetector } from '../../../src/core/detect/create-detector.js';
import { CatalogError } from '../../../src/core/errors.js';
import { DEFAULT_DATA_DIR, loadDetectionRules, loadFacts } from '../../../src/infra/data/index.js';

const dirs: string[] = [];

/** A copy of `data/` whose detection file `name` is edited by `change`. */
function dataWith(name: string, change: (json: Record<string, unknown>) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'sockerr-detect-'));
  dirs.push(dir);
  cpSync(join(DEFAULT_DATA_DIR, 'detection'), join(dir, 'detection'), { recursive: true });
  const file = join(dir, 'detection', name);
  const json = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  change(json);
  writeFileSync(file, JSON.stringify(json));
  return dir;
}

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

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

  it('rejects a not-error text without a source, and a weak Windows text with an odd confidence', () => {
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

  it('rejects a glibc translation of an id the catalog does not know when the detector is built', () => {
    const dir = dataWith('glibc-messages.json', (json) => {
      (json.messages as Record<string, unknown>[])[0] = {
        id: '99999',
        lang: 'de',
        text: 'x',
        msgid: 'y',
        kind: 'strerror',
      };
    });
    expect(() => createDetector(loadFacts(), loadDetectionRules(dir))).toThrow(
      /glibc-messages\.json: messages\[0\]: field "id" names no catalog entry/,
    );
  });

  it('rejects rules that name no catalog entry when the detector is built', () => {
    const dir = dataWith('runtime-phrases.json', (json) => {
      (json.exceptions as Record<string, unknown>[])[0] = {
        name: 'X',
        id: '99999',
        confidence: 'high',
        source: 's',
      };
    });
    expect(() => createDetector(loadFacts(), loadDetectionRules(dir))).toThrow(
      /runtime-phrases\.json: exceptions\[0\]: field "id" names no catalog entry \("99999"\)/,
    );
  });

  it('rejects a number keyword too long for the keyword index, which would cut it and read no number', () => {
    const dir = dataWith('number-contexts.json', (json) => {
      (json.numbers as Record<string, unknown>[])[0] = {
        keyword: 'connect to local MySQL server through socket',
        spaces: ['posix'],
        source: 's',
      };
    });
    expect(() => createDetector(loadFacts(), loadDetectionRules(dir))).toThrow(
      /number-contexts\.json: numbers\[0\]: keyword "connect to local MySQL server through socket" is longer than 40 characters/,
    );
  });

  it('rejects a newlib errno number that is no positive integer, and a name the catalog does not know', () => {
    const bad = dataWith('number-contexts.json', (json) => {
      (json.newlib as { errno: Record<string, unknown> }).errno.ECONNRESET = '104';
    });
    expect(() => loadDetectionRules(bad)).toThrow(
      /number-contexts\.json: newlib: field "errno\.ECONNRESET" must be a positive integer/,
    );
    const unknown = dataWith('number-contexts.json', (json) => {
      (json.newlib as { errno: Record<string, unknown> }).errno.EMADEUP = 200;
    });
    expect(() => createDetector(loadFacts(), loadDetectionRules(unknown))).toThrow(
      /newlib\.errno: "EMADEUP" is no catalog POSIX name/,
    );
  });

  it('rejects a Unix-socket file error the catalog does not know', () => {
    const dir = dataWith('context-rules.json', (json) => {
      (json.unixSocketFileErrors as string[]).push('EMADEUP');
    });
    expect(() => createDetector(loadFacts(), loadDetectionRules(dir))).toThrow(
      /unixSocketFileErrors: "EMADEUP" is no catalog POSIX name/,
    );
  });

  it('rejects a context symbol the catalog does not know', () => {
    const dir = dataWith('context-rules.json', (json) => {
      (json.contextRequired as string[]).push('EMADEUP');
    });
    expect(() => createDetector(loadFacts(), loadDetectionRules(dir))).toThrow(
      /contextRequired\[\d+\]: "EMADEUP"/,
    );
  });
});

describe('createDetector', () => {
  it('detects a new catalog entry in every form its facts give, with no code change', () => {
    const fresh: ErrorFacts = {
      id: '10199',
      code: 10199,
      name: 'WSAEFABRICATED',
      aliases: ['EFABRICATED', 'SocketError.Fabricated'],
      title: 'Fabricated failure.',
      systemMessage: 'The fabricated socket operation went sideways on the remote host.',
      posix: {
        name: 'EFABRICATED',
        linux: 199,
        macos: 199,
        freebsd: 199,
        strerror: 'Fabricated connection failure',
      },
      resolver: null,
      libuv: {
        code: 'EFABRICATED',
        windows: -4199,
        message: 'fabricated connection failure',
        getaddrinfo: null,
      },
      dotnet: 'Fabricated',
      python: 'OSError',
      java: null,
      rust: 'Uncategorized',
      hresult: '0x800727D7',
      category: 'reset',
      retryable: 'maybe',
    };
    const detect = createDetector([...loadFacts(), fresh], loadDetectionRules());
    const forms = [
      '[WinError 10199] The fabricated socket operation went sideways on the remote host',
      'read EFABRICATED',
      'WSAEFABRICATED',
      'SocketErrorCode: Fabricated',
      'HRESULT 0x800727D7',
      'errno: -4199',
      '[Errno 199] Fabricated connection failure',
      'The fabricated socket operation went sideways on the remote host.',
    ];
    for (const text of forms) {
      expect(
        detect(text).map((f) => [f.id, f.confidence]),
        text,
      ).toContainEqual(['10199', 'high']);
    }
  });

  it('builds independent detectors', () => {
    const a = createDetector(loadFacts(), loadDetectionRules());
    const b = createDetector(
      loadFacts().filter((f) => f.id !== '11010'),
      loadDetectionRules(),
    );
    expect(a('WSA_QOS_ADMISSION_FAILURE').map((f) => f.id)).toEqual(['11010']);
    expect(b('WSA_QOS_ADMISSION_FAILURE')).toEqual([]);
  });
});
