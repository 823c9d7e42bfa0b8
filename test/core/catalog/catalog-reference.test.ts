import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../src/infra/data/index.js';
import { FIXTURES } from '../../helpers/paths.js';

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
});
