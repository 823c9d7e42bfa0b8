/** Turns one record of the reference facts into a catalog entry (`data/catalog.json`). */
import type { CatalogFacts } from '../../src/core/catalog/types.js';
import { classify } from './classification.js';
import { javaFacts, libuvEai, pythonClass } from './runtime-behaviour.js';

export type Json = Record<string, unknown>;

/** The reference's getaddrinfo table (`posix-only-socket-errors.json`), by EAI name. */
export type EaiTable = ReadonlyMap<string, Json>;

const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const num = (v: unknown): number | null => (typeof v === 'number' ? v : null);
const obj = (v: unknown): Json | null => (v && typeof v === 'object' ? (v as Json) : null);

function hresultOf(code: number): string {
  return `0x${((0x80070000 | (code & 0xffff)) >>> 0).toString(16).toUpperCase().padStart(8, '0')}`;
}

export function winsockEntry(e: Json, eai: EaiTable): CatalogFacts {
  const code = num(e.code) as number;
  const id = String(code);
  const names = e.names as string[];
  const posix = obj(e.posix);
  const resolver = obj(e.posix_resolver);
  const gai = obj(resolver?.getaddrinfo);
  const herr = obj(resolver?.h_errno);
  const uv = obj(e.libuv);
  const uvGai = obj(uv?.getaddrinfo_path);
  const { category, group, retryable } = classify(id);
  const aliases = new Set<string>(names.slice(1));
  if (posix) aliases.add(str(posix.name) as string);
  if (gai) aliases.add(str(gai.name) as string);
  if (herr) aliases.add(str(herr.name) as string);
  if (str(e.dotnet)) aliases.add(`SocketError.${e.dotnet}`);
  if (uvGai?.node_err_code === 'ENOTFOUND' && code === 11001) aliases.add('ENOTFOUND');
  return {
    id,
    code,
    name: names[0] as string,
    aliases: [...aliases],
    title: str(e.title),
    systemMessage: str(e.system_message),
    posix: posix
      ? {
          name: str(posix.name) as string,
          linux: num(posix.linux),
          macos: num(posix.macos),
          freebsd: num(posix.freebsd),
          strerror: str(posix.strerror),
        }
      : null,
    resolver:
      gai || herr
        ? {
            getaddrinfo: gai
              ? {
                  name: str(gai.name) as string,
                  glibc: num(gai.glibc),
                  macos: num(gai.macos),
                  freebsd: num(gai.freebsd),
                  message: str(gai.glibc_gai_strerror),
                  libuv: libuvEai(eai.get(str(gai.name) as string)),
                }
              : null,
            hErrno: herr
              ? {
                  name: str(herr.name) as string,
                  value: num(herr.value_glibc_macos_freebsd) as number,
                  message: str(herr.glibc_hstrerror),
                }
              : null,
          }
        : null,
    libuv: uv
      ? {
          code: str(uv.node_err_code) as string,
          windows: num(uv.windows_value) as number,
          message: str(uv.uv_strerror) as string,
          getaddrinfo: uvGai
            ? {
                code: str(uvGai.node_err_code) as string,
                windows: num(uvGai.windows_value) as number,
                message: str(uvGai.uv_strerror) as string,
              }
            : null,
        }
      : null,
    dotnet: str(e.dotnet),
    python: pythonClass(code, str(e.python_exception)),
    java: javaFacts(code, obj(e.java)),
    rust: str(e.rust_error_kind),
    hresult: str(e.hresult) ?? hresultOf(code),
    category,
    group,
    retryable,
  };
}

export function posixOnlyEntry(e: Json): CatalogFacts {
  const name = str(e.name) as string;
  const uv = obj(e.libuv);
  const { category, group, retryable } = classify(name);
  return {
    id: name,
    code: null,
    name,
    aliases: [],
    title: null,
    systemMessage: null,
    posix: {
      name,
      linux: num(e.linux),
      macos: num(e.macos),
      freebsd: num(e.freebsd),
      strerror: str(e.glibc_strerror),
    },
    resolver: null,
    libuv: uv
      ? {
          code: (str(uv.name) as string).replace(/^UV_/, ''),
          windows: num(uv.windows_value) as number,
          message: str(uv.uv_strerror) as string,
          getaddrinfo: null,
        }
      : null,
    dotnet: null,
    python: str(e.python_exception_unix),
    java: null,
    rust: null,
    hresult: null,
    category,
    group,
    retryable,
  };
}

export function eaiOnlyEntry(e: Json): CatalogFacts {
  const name = str(e.name) as string;
  const uv = obj(e.libuv);
  const { category, group, retryable } = classify(name);
  return {
    id: name,
    code: null,
    name,
    aliases: [],
    title: null,
    systemMessage: null,
    posix: null,
    resolver: {
      getaddrinfo: {
        name,
        glibc: num(e.glibc),
        macos: num(e.macos),
        freebsd: num(e.freebsd),
        message: str(e.glibc_gai_strerror),
        libuv: libuvEai(e),
      },
      hErrno: null,
    },
    libuv: uv
      ? {
          code: str(uv.node_err_code) as string,
          windows: num(uv.value) as number,
          message: str(uv.uv_strerror) as string,
          getaddrinfo: null,
        }
      : null,
    dotnet: null,
    python: 'socket.gaierror',
    java: null,
    rust: null,
    hresult: null,
    category,
    group,
    retryable,
  };
}
