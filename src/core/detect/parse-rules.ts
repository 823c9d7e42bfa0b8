import type { DataFile } from '../catalog/index.js';
import { CatalogError } from '../errors.js';
import { CONFIDENCES, type Confidence } from './finding.js';
import {
  type ContextRules,
  type DetectionRules,
  NUMBER_SPACES,
  type NumberSpace,
  type PhraseRule,
} from './rules.js';

/** The detection data files, parsed: `data/detection/*.json`. */
export interface DetectionRuleFiles {
  phrases: DataFile;
  context: DataFile;
  numbers: DataFile;
  localized: DataFile;
}

type Obj = Record<string, unknown>;

/** Reads typed fields of one JSON object; errors name the file, the entry and the field. */
function reader(file: string, where: string, value: unknown) {
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

function list<T>(file: string, json: Obj, key: string, read: (entry: unknown, where: string) => T): T[] {
  const v = json[key];
  if (!Array.isArray(v)) throw new CatalogError(`${file}: field "${key}" must be a list`);
  return v.map((entry, i) => read(entry, `${key}[${i}]`));
}

/** Validates the detection data files. Throws {@link CatalogError} on the first problem. */
export function parseDetectionRules(files: DetectionRuleFiles): DetectionRules {
  const { file: phrasesFile, json: phrasesJson } = files.phrases;
  const phrases = list(phrasesFile, phrasesJson, 'phrases', (entry, where) => {
    const r = reader(phrasesFile, where, entry);
    const rule: PhraseRule = {
      text: r.text('text'),
      id: r.text('id'),
      confidence: r.confidence('confidence') as Confidence,
    };
    const requiresBefore = r.texts('requiresBefore', true);
    const unlessBefore = r.texts('unlessBefore', true);
    const elseConfidence = r.confidence('elseConfidence', true);
    if (requiresBefore) rule.requiresBefore = requiresBefore;
    if (unlessBefore) rule.unlessBefore = unlessBefore;
    if (elseConfidence) rule.elseConfidence = elseConfidence;
    r.text('source');
    return rule;
  });
  const exceptions = list(phrasesFile, phrasesJson, 'exceptions', (entry, where) => {
    const r = reader(phrasesFile, where, entry);
    r.text('source');
    return { name: r.text('name'), id: r.text('id'), confidence: r.confidence('confidence') as Confidence };
  });
  const atoms = list(phrasesFile, phrasesJson, 'atoms', (entry, where) => {
    const r = reader(phrasesFile, where, entry);
    r.text('source');
    return { atom: r.text('atom'), id: r.text('id') };
  });

  const contextFile = files.context.file;
  const c = reader(contextFile, '(file)', files.context.json);
  const caps = c.o.confidenceCaps;
  if (!caps || typeof caps !== 'object' || Array.isArray(caps)) c.fail('confidenceCaps', 'must be an object');
  for (const [id, cap] of Object.entries(caps as Obj)) {
    if (!CONFIDENCES.includes(cap as Confidence)) c.fail(`confidenceCaps.${id}`, 'must be a confidence');
  }
  const hints = reader(contextFile, 'platformHints', c.o.platformHints);
  const context: ContextRules = {
    contextRequired: c.texts('contextRequired') as string[],
    fileSensitive: c.texts('fileSensitive') as string[],
    socketSyscalls: c.texts('socketSyscalls') as string[],
    socketContext: c.texts('socketContext') as string[],
    fileContext: c.texts('fileContext') as string[],
    networkWords: c.texts('networkWords') as string[],
    confidenceCaps: caps as Record<string, Confidence>,
    platformHints: { linux: hints.texts('linux') as string[], macos: hints.texts('macos') as string[] },
  };

  const { file: numbersFile, json: numbersJson } = files.numbers;
  const numbers = list(numbersFile, numbersJson, 'numbers', (entry, where) => {
    const r = reader(numbersFile, where, entry);
    const spaces = r.texts('spaces') as string[];
    const bad = spaces.find((s) => !NUMBER_SPACES.includes(s as NumberSpace));
    if (bad) r.fail('spaces', `has "${bad}"; must be among ${NUMBER_SPACES.join(', ')}`);
    if (r.o.skipQuoted !== undefined && typeof r.o.skipQuoted !== 'boolean')
      r.fail('skipQuoted', 'must be a boolean');
    r.text('source');
    const followedBy = r.texts('followedBy', true);
    return {
      keyword: r.text('keyword'),
      spaces: spaces as NumberSpace[],
      ...(followedBy ? { followedBy } : {}),
      ...(r.o.skipQuoted === true ? { skipQuoted: true } : {}),
    };
  });
  const names = list(numbersFile, numbersJson, 'names', (entry, where) => {
    const r = reader(numbersFile, where, entry);
    r.text('source');
    return { keyword: r.text('keyword'), table: r.oneOf('table', ['dotnet', 'rust'] as const) };
  });

  const { file: localizedFile, json: localizedJson } = files.localized;
  const localized = list(localizedFile, localizedJson, 'messages', (entry, where) => {
    const r = reader(localizedFile, where, entry);
    r.texts('sources');
    return { id: r.text('id'), lang: r.text('lang'), text: r.text('text') };
  });
  return { phrases, exceptions, atoms, context, numbers, names, localized };
}
