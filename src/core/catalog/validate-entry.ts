import { CatalogError } from '../errors.js';
import type { CatalogFacts, EntryText } from './types.js';
import { CATEGORIES, GROUPS, RETRYABLE, SITUATIONS, type Situation } from './types.js';

type Obj = Record<string, unknown>;

function fail(where: string, field: string, problem: string): never {
  throw new CatalogError(`${where}: field "${field}" ${problem}`);
}

function object(value: unknown, where: string, field: string): Obj {
  if (!value || typeof value !== 'object' || Array.isArray(value)) fail(where, field, 'must be an object');
  return value as Obj;
}

function string(o: Obj, key: string, where: string, prefix = ''): string {
  const v = o[key];
  if (typeof v !== 'string' || v.trim() === '') fail(where, prefix + key, 'must be a non-empty string');
  return v;
}

function stringOrNull(o: Obj, key: string, where: string, prefix = ''): string | null {
  return o[key] === null ? null : string(o, key, where, prefix);
}

function intOrNull(o: Obj, key: string, where: string, prefix = ''): number | null {
  const v = o[key];
  if (v === null) return null;
  if (!Number.isInteger(v)) fail(where, prefix + key, 'must be an integer or null');
  return v as number;
}

function int(o: Obj, key: string, where: string, prefix = ''): number {
  const v = intOrNull(o, key, where, prefix);
  if (v === null) fail(where, prefix + key, 'must be an integer');
  return v;
}

function oneOf<T extends string>(o: Obj, key: string, allowed: readonly T[], where: string): T {
  const v = o[key];
  if (typeof v !== 'string' || !allowed.includes(v as T))
    fail(where, key, `must be one of ${allowed.join(', ')}`);
  return v as T;
}

function strings(o: Obj, key: string, where: string, { min = 0, max = 50 } = {}): string[] {
  const v = o[key];
  if (!Array.isArray(v) || v.some((s) => typeof s !== 'string' || s.trim() === '')) {
    fail(where, key, 'must be a list of non-empty strings');
  }
  if (v.length < min || v.length > max) fail(where, key, `must have ${min} to ${max} items`);
  return v as string[];
}

function nullable<T>(o: Obj, key: string, where: string, read: (inner: Obj, prefix: string) => T): T | null {
  if (o[key] === null) return null;
  return read(object(o[key], where, key), `${key}.`);
}

/** Validates one entry of `catalog.json`; throws {@link CatalogError} naming the entry and field. */
export function validateFacts(raw: unknown, where: string): CatalogFacts {
  const o = object(raw, where, '(entry)');
  const id = string(o, 'id', where);
  const at = `${where.replace(/entries\[\d+\]$/, '')}entry "${id}"`;
  const code = intOrNull(o, 'code', at);
  if (code !== null && String(code) !== id) fail(at, 'code', `must equal the id "${id}"`);
  return {
    id,
    code,
    name: string(o, 'name', at),
    aliases: strings(o, 'aliases', at),
    title: stringOrNull(o, 'title', at),
    systemMessage: stringOrNull(o, 'systemMessage', at),
    posix: nullable(o, 'posix', at, (p, pre) => ({
      name: string(p, 'name', at, pre),
      linux: intOrNull(p, 'linux', at, pre),
      macos: intOrNull(p, 'macos', at, pre),
      freebsd: intOrNull(p, 'freebsd', at, pre),
      strerror: stringOrNull(p, 'strerror', at, pre),
    })),
    resolver: nullable(o, 'resolver', at, (r, pre) => ({
      getaddrinfo: nullable(r, 'getaddrinfo', at, (g, pre2) => ({
        name: string(g, 'name', at, pre + pre2),
        glibc: intOrNull(g, 'glibc', at, pre + pre2),
        macos: intOrNull(g, 'macos', at, pre + pre2),
        freebsd: intOrNull(g, 'freebsd', at, pre + pre2),
        message: stringOrNull(g, 'message', at, pre + pre2),
        libuv: nullable(g, 'libuv', at, (u, pre3) => ({
          code: string(u, 'code', at, pre + pre2 + pre3),
          errno: int(u, 'errno', at, pre + pre2 + pre3),
        })),
      })),
      hErrno: nullable(r, 'hErrno', at, (h, pre2) => ({
        name: string(h, 'name', at, pre + pre2),
        value: int(h, 'value', at, pre + pre2),
        message: stringOrNull(h, 'message', at, pre + pre2),
      })),
    })),
    libuv: nullable(o, 'libuv', at, (u, pre) => ({
      code: string(u, 'code', at, pre),
      windows: int(u, 'windows', at, pre),
      message: string(u, 'message', at, pre),
      getaddrinfo: nullable(u, 'getaddrinfo', at, (g, pre2) => ({
        code: string(g, 'code', at, pre + pre2),
        windows: int(g, 'windows', at, pre + pre2),
        message: string(g, 'message', at, pre + pre2),
      })),
    })),
    dotnet: stringOrNull(o, 'dotnet', at),
    python: stringOrNull(o, 'python', at),
    java: nullable(o, 'java', at, (j, pre) => ({
      exception: string(j, 'exception', at, pre),
      message: stringOrNull(j, 'message', at, pre),
    })),
    rust: stringOrNull(o, 'rust', at),
    hresult: (() => {
      const h = stringOrNull(o, 'hresult', at);
      if (h !== null && !/^0x8007[0-9A-F]{4}$/.test(h)) fail(at, 'hresult', 'must look like 0x8007XXXX');
      return h;
    })(),
    category: oneOf(o, 'category', CATEGORIES, at),
    group: oneOf(o, 'group', GROUPS, at),
    retryable: oneOf(o, 'retryable', RETRYABLE, at),
    ...(o.retryWhen === undefined
      ? {}
      : {
          retryWhen: situations(o, 'retryWhen', at, (field, v) =>
            oneOf({ [field]: v }, field, RETRYABLE, at),
          ),
        }),
  };
}

/** The fields a locale's text may have. */
const TEXT_FIELDS = [
  'summary',
  'causes',
  'checks',
  'checksWhen',
  'summaryWhen',
  'causesWhen',
  'calls',
  'keywords',
];

/** A map from situations to what an entry says in each (`checksWhen`, `summaryWhen`…), each value read by `read`. */
function situations<T>(
  o: Obj,
  key: string,
  where: string,
  read: (field: string, value: unknown) => T,
): Partial<Record<Situation, T>> {
  const when = object(o[key], where, key);
  const out: Partial<Record<Situation, T>> = {};
  for (const situation of Object.keys(when)) {
    const field = `${key}.${situation}`;
    if (!SITUATIONS.includes(situation as Situation)) fail(where, field, 'is not a known situation');
    out[situation as Situation] = read(field, when[situation]);
  }
  return out;
}

/** Validates one locale's text for an entry (`data/explanations/<locale>/*.json`). */
export function validateEntryText(raw: unknown, where: string): EntryText {
  const o = object(raw, where, '(text)');
  const text: EntryText = {
    summary: string(o, 'summary', where),
    causes: strings(o, 'causes', where, { min: 1, max: 8 }),
    checks: strings(o, 'checks', where, { min: 1, max: 8 }),
  };
  if (o.calls !== undefined) text.calls = strings(o, 'calls', where, { min: 1, max: 12 });
  if (o.keywords !== undefined) text.keywords = strings(o, 'keywords', where, { max: 20 });
  const lists = (key: 'checksWhen' | 'causesWhen') =>
    situations(o, key, where, (field, v) => strings({ [field]: v }, field, where, { min: 1, max: 8 }));
  if (o.checksWhen !== undefined) text.checksWhen = lists('checksWhen');
  if (o.causesWhen !== undefined) text.causesWhen = lists('causesWhen');
  if (o.summaryWhen !== undefined)
    text.summaryWhen = situations(o, 'summaryWhen', where, (field, v) =>
      string({ [field]: v }, field, where),
    );
  for (const key of Object.keys(o)) {
    if (!TEXT_FIELDS.includes(key)) fail(where, key, 'is not a known field');
  }
  return text;
}
