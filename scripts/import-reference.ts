/**
 * Builds `data/catalog.json` (the facts) from the reference facts: `test/fixtures/reference/`, or
 * the folder given as the first argument. Run it again when the reference changes:
 * `npm run catalog:import [folder]`. The explanations
 * (`data/explanations/*.json`) are written by hand and are not touched here.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Category, ErrorFacts, Retryable } from '../src/core/catalog/types.js';

const referenceDir = `${resolve(process.argv[2] ?? fileURLToPath(new URL('../test/fixtures/reference/', import.meta.url)))}/`;
const outFile = fileURLToPath(new URL('../data/catalog.json', import.meta.url));

type Json = Record<string, unknown>;
const readJson = (name: string): unknown => JSON.parse(readFileSync(referenceDir + name, 'utf8'));

/** Our judgement per error: what kind of failure it is and whether a retry can help. */
const CLASSIFICATION: Record<string, [Category, Retryable]> = {
  '6': ['usage', 'no'],
  '8': ['resource', 'maybe'],
  '87': ['usage', 'no'],
  '995': ['usage', 'maybe'],
  '996': ['usage', 'yes'],
  '997': ['usage', 'no'],
  '10004': ['usage', 'maybe'],
  '10009': ['usage', 'no'],
  '10013': ['address', 'no'],
  '10014': ['usage', 'no'],
  '10022': ['usage', 'no'],
  '10024': ['resource', 'maybe'],
  '10035': ['usage', 'yes'],
  '10036': ['usage', 'yes'],
  '10037': ['usage', 'maybe'],
  '10038': ['usage', 'no'],
  '10039': ['usage', 'no'],
  '10040': ['usage', 'no'],
  '10041': ['usage', 'no'],
  '10042': ['usage', 'no'],
  '10043': ['setup', 'no'],
  '10044': ['setup', 'no'],
  '10045': ['usage', 'no'],
  '10046': ['setup', 'no'],
  '10047': ['setup', 'no'],
  '10048': ['address', 'maybe'],
  '10049': ['address', 'maybe'],
  '10050': ['unreachable', 'maybe'],
  '10051': ['unreachable', 'maybe'],
  '10052': ['reset', 'maybe'],
  '10053': ['reset', 'maybe'],
  '10054': ['reset', 'maybe'],
  '10055': ['resource', 'maybe'],
  '10056': ['usage', 'no'],
  '10057': ['usage', 'no'],
  '10058': ['usage', 'no'],
  '10059': ['resource', 'no'],
  '10060': ['timeout', 'yes'],
  '10061': ['refused', 'maybe'],
  '10062': ['usage', 'no'],
  '10063': ['usage', 'no'],
  '10064': ['unreachable', 'maybe'],
  '10065': ['unreachable', 'maybe'],
  '10066': ['usage', 'no'],
  '10067': ['resource', 'maybe'],
  '10068': ['resource', 'no'],
  '10069': ['resource', 'no'],
  '10070': ['usage', 'no'],
  '10071': ['usage', 'no'],
  '10091': ['setup', 'maybe'],
  '10092': ['setup', 'no'],
  '10093': ['usage', 'no'],
  '10101': ['reset', 'no'],
  '10102': ['usage', 'no'],
  '10103': ['usage', 'no'],
  '10104': ['setup', 'no'],
  '10105': ['setup', 'no'],
  '10106': ['setup', 'no'],
  '10107': ['setup', 'maybe'],
  '10108': ['dns', 'no'],
  '10109': ['usage', 'no'],
  '10110': ['usage', 'no'],
  '10111': ['usage', 'no'],
  '10112': ['dns', 'maybe'],
  '11001': ['dns', 'no'],
  '11002': ['dns', 'yes'],
  '11003': ['dns', 'maybe'],
  '11004': ['dns', 'no'],
  '11032': ['dns', 'no'],
  '11033': ['setup', 'no'],
  EPIPE: ['reset', 'maybe'],
  EAGAIN: ['resource', 'yes'],
  ECANCELED: ['usage', 'maybe'],
  EPROTO: ['setup', 'no'],
  ENOTSUP: ['usage', 'no'],
  ENONET: ['unreachable', 'maybe'],
  ENFILE: ['resource', 'maybe'],
  EPERM: ['unreachable', 'maybe'],
  ETIME: ['timeout', 'maybe'],
  EAI_SYSTEM: ['dns', 'maybe'],
  EAI_ADDRFAMILY: ['dns', 'no'],
};
const classify = (id: string): [Category, Retryable] => {
  if (/^110(0[5-9]|[12]\d|3[01])$/.test(id)) return ['qos', 'no'];
  const found = CLASSIFICATION[id];
  if (!found) throw new Error(`import-reference: no classification for ${id}`);
  return found;
};

/** POSIX-only errno values that show up on sockets (the rest of that list are file errors). */
const POSIX_ONLY = [
  'EPIPE',
  'EAGAIN',
  'ECANCELED',
  'EPROTO',
  'ENOTSUP',
  'ENONET',
  'ENFILE',
  'EPERM',
  'ETIME',
];
/** getaddrinfo() errors with no Winsock code that a resolver really returns to applications. */
const EAI_ONLY = ['EAI_SYSTEM', 'EAI_ADDRFAMILY'];

const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const num = (v: unknown): number | null => (typeof v === 'number' ? v : null);
const obj = (v: unknown): Json | null => (v && typeof v === 'object' ? (v as Json) : null);

function hresultOf(code: number): string {
  return `0x${((0x80070000 | (code & 0xffff)) >>> 0).toString(16).toUpperCase().padStart(8, '0')}`;
}

function winsockEntry(e: Json): ErrorFacts {
  const code = num(e.code) as number;
  const id = String(code);
  const names = e.names as string[];
  const posix = obj(e.posix);
  const resolver = obj(e.posix_resolver);
  const gai = obj(resolver?.getaddrinfo);
  const herr = obj(resolver?.h_errno);
  const uv = obj(e.libuv);
  const uvGai = obj(uv?.getaddrinfo_path);
  const java = obj(e.java);
  const [category, retryable] = classify(id);
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
    python: str(e.python_exception),
    java: java
      ? { exception: str(java.exception) as string, message: str(java.message_prefix) as string }
      : null,
    rust: str(e.rust_error_kind),
    hresult: str(e.hresult) ?? hresultOf(code),
    category,
    retryable,
  };
}

function posixOnlyEntry(e: Json): ErrorFacts {
  const name = str(e.name) as string;
  const uv = obj(e.libuv);
  const [category, retryable] = classify(name);
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
    retryable,
  };
}

function eaiOnlyEntry(e: Json): ErrorFacts {
  const name = str(e.name) as string;
  const uv = obj(e.libuv);
  const [category, retryable] = classify(name);
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
    retryable,
  };
}

const winsock = (readJson('socket-errors.json') as Json[]).map(winsockEntry);
const posixOnly = readJson('posix-only-socket-errors.json') as { errno: Json[]; getaddrinfo_eai: Json[] };
const pick = (list: Json[], names: string[]) =>
  names.map((n) => {
    const found = list.find((e) => e.name === n);
    if (!found) throw new Error(`import-reference: ${n} is not in the reference`);
    return found;
  });
const entries = [
  ...winsock,
  ...pick(posixOnly.errno, POSIX_ONLY).map(posixOnlyEntry),
  ...pick(posixOnly.getaddrinfo_eai, EAI_ONLY).map(eaiOnlyEntry),
];

const catalog = {
  $comment:
    'Facts from the reference (test/fixtures/reference/: socket-errors.json, posix-only-socket-errors.json; sources in its SOURCES.md). Generated by `npm run catalog:import`; category and retryable are our own judgement.',
  entries,
};
writeFileSync(outFile, `${JSON.stringify(catalog, null, 2)}\n`);
console.log(`wrote ${entries.length} entries to ${outFile}`);
