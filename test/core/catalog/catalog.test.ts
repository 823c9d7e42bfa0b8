import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../../src/core/catalog/types.js';
import { CatalogError } from '../../../src/core/errors.js';
import { loadCatalog } from '../../../src/infra/data/index.js';
import { FIXTURES, ROOT } from '../../helpers/paths.js';

type Json = Record<string, unknown>;
const reference = JSON.parse(readFileSync(join(FIXTURES, 'reference/socket-errors.json'), 'utf8')) as Json[];
const posixOnly = JSON.parse(
  readFileSync(join(FIXTURES, 'reference/posix-only-socket-errors.json'), 'utf8'),
) as {
  errno: Json[];
};
const catalog = loadCatalog();
/** Codes only a name look-up returns. */
const LOOKUP_CODES = [11001, 11002, 11003, 11004];

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

describe('the catalog', () => {
  it('holds all 97 Winsock codes of the reference', () => {
    const codes = catalog.entries.filter((e) => e.code !== null).map((e) => e.code);
    expect(codes).toHaveLength(97);
    expect(new Set(codes)).toEqual(new Set(reference.map((r) => r.code)));
  });

  it('holds the socket-related POSIX errors that have no Winsock code', () => {
    for (const id of ['EPIPE', 'EAGAIN', 'ECANCELED', 'EPROTO'])
      expect(catalog.byId.get(id)?.code).toBeNull();
  });

  it('agrees with the reference on every number, name and message', () => {
    for (const ref of reference) {
      const entry = catalog.byId.get(String(ref.code));
      const names = ref.names as string[];
      const posix = ref.posix as Json | null;
      const libuv = ref.libuv as Json | null;
      expect(entry?.name).toBe(names[0]);
      for (const alias of names.slice(1)) expect(entry?.aliases).toContain(alias);
      expect(entry?.title).toBe(ref.title);
      expect(entry?.systemMessage).toBe(ref.system_message);
      expect(entry?.hresult).toBe(ref.hresult);
      expect(entry?.dotnet).toBe(ref.dotnet);
      // A failed look-up raises socket.gaierror, whatever CPython's errno mapping says (see below).
      if (!LOOKUP_CODES.includes(ref.code as number)) expect(entry?.python).toBe(ref.python_exception);
      expect(entry?.posix?.name ?? null).toBe(posix?.name ?? null);
      expect(entry?.posix?.linux ?? null).toBe(posix?.linux ?? null);
      expect(entry?.posix?.macos ?? null).toBe(posix?.macos ?? null);
      expect(entry?.posix?.freebsd ?? null).toBe(posix?.freebsd ?? null);
      expect(entry?.posix?.strerror ?? null).toBe(posix?.strerror ?? null);
      expect(entry?.libuv?.code).toBe(libuv?.node_err_code);
      const java = ref.java as Json | null;
      if (!LOOKUP_CODES.includes(ref.code as number)) {
        expect(entry?.java ?? null).toEqual(
          java ? { exception: java.exception, message: java.message_prefix } : null,
        );
      }
      expect(entry?.libuv?.windows).toBe(libuv?.windows_value);
    }
    for (const ref of posixOnly.errno) {
      const entry = catalog.byId.get(ref.name as string);
      if (!entry) continue;
      expect(entry.posix).toMatchObject({ linux: ref.linux, macos: ref.macos, freebsd: ref.freebsd });
    }
  });

  it('says what runtimes really raise for a failed name look-up (UnknownHostException, gaierror)', () => {
    for (const code of LOOKUP_CODES) {
      const entry = catalog.byId.get(String(code));
      expect(entry?.java, String(code)).toEqual({
        exception: 'java.net.UnknownHostException',
        message: null,
      });
      expect(entry?.python, String(code)).toBe('socket.gaierror');
    }
    expect(catalog.byId.get('10061')?.java?.exception).toBe('java.net.ConnectException');
  });

  it("records libuv's getaddrinfo numbers, the same on every OS, for every EAI error", () => {
    const eai = (posixOnly as unknown as { getaddrinfo_eai: Json[] }).getaddrinfo_eai;
    for (const ref of eai) {
      const uv = ref.libuv as Json | null;
      if (!uv) continue;
      const entry = catalog.entries.find((e) => e.resolver?.getaddrinfo?.name === ref.name);
      expect(entry?.resolver?.getaddrinfo?.libuv, ref.name as string).toEqual({
        code: uv.node_err_code,
        errno: uv.value,
      });
    }
  });

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
