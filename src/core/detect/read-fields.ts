import { CatalogError } from '../errors.js';
import { CONFIDENCES, type Confidence } from './finding.js';

export type Obj = Record<string, unknown>;

/** Reads typed fields of one JSON object; errors name the file, the entry and the field. */
export function reader(file: string, where: string, value: unknown) {
  const fail = (field: string, problem: string): never => {
    throw new CatalogError(`${file}: ${where}: field "${field}" ${problem}`);
  };
  if (!value || typeof value !== 'object' || Array.isArray(value)) fail('(entry)', 'must be an object');
  const o = value as Obj;
  const text = (key: string): string => {
    const v = o[key];
    if (typeof v !== 'string' || v.trim() === '') return fail(key, 'must be a non-empty string');
    return v;
  };
  const texts = (key: string, optional = false): string[] | undefined => {
    const v = o[key];
    if (v === undefined && optional) return undefined;
    if (!Array.isArray(v) || v.length === 0 || v.some((s) => typeof s !== 'string' || s === ''))
      return fail(key, 'must be a non-empty list of non-empty strings');
    return v as string[];
  };
  const confidence = (key: string, optional = false): Confidence | undefined => {
    const v = o[key];
    if (v === undefined && optional) return undefined;
    if (!CONFIDENCES.includes(v as Confidence)) return fail(key, `must be one of ${CONFIDENCES.join(', ')}`);
    return v as Confidence;
  };
  const oneOf = <T extends string>(key: string, allowed: readonly T[]): T => {
    const v = o[key];
    if (!allowed.includes(v as T)) return fail(key, `must be one of ${allowed.join(', ')}`);
    return v as T;
  };
  return { o, fail, text, texts, confidence, oneOf };
}

export function list<T>(
  file: string,
  json: Obj,
  key: string,
  read: (entry: unknown, where: string) => T,
): T[] {
  const v = json[key];
  if (!Array.isArray(v)) throw new CatalogError(`${file}: field "${key}" must be a list`);
  return v.map((entry, i) => read(entry, `${key}[${i}]`));
}
