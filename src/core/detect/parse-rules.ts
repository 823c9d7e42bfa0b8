import type { DataFile } from '../catalog/index.js';
import { CatalogError } from '../errors.js';
import { CONFIDENCES, type Confidence } from './finding.js';
import { parseTranslations } from './parse-translations.js';
import { list, type Obj, reader } from './read-fields.js';
import {
  type ContextRules,
  type DetectionRules,
  type ExceptionRule,
  type NotErrorRule,
  NUMBER_SPACES,
  type NumberContext,
  type NumberSpace,
  type PhraseRule,
} from './rules.js';

const FLAGS = ['skipQuoted', 'joined', 'hex', 'hexDigits', 'socket', 'afterCall', 'owns', 'sure'] as const;

/** The detection data files, parsed: `data/detection/*.json`. */
export interface DetectionRuleFiles {
  phrases: DataFile;
  context: DataFile;
  numbers: DataFile;
  localized: DataFile;
  glibc: DataFile;
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
    const requiresAfter = r.texts('requiresAfter', true);
    const unlessFollowedBy = r.texts('unlessFollowedBy', true);
    const elseConfidence = r.confidence('elseConfidence', true);
    if (requiresBefore) rule.requiresBefore = requiresBefore;
    if (unlessBefore) rule.unlessBefore = unlessBefore;
    if (requiresAfter) rule.requiresAfter = requiresAfter;
    if (unlessFollowedBy) rule.unlessFollowedBy = unlessFollowedBy;
    if (elseConfidence) rule.elseConfidence = elseConfidence;
    if (r.o.fallback !== undefined && typeof r.o.fallback !== 'boolean')
      r.fail('fallback', 'must be a boolean');
    if (r.o.fallback === true) rule.fallback = true;
    // With requiresBefore its texts name the socket; alone, the phrase's own words do.
    if (
      r.o.socket !== undefined &&
      (r.o.socket !== true || (!requiresBefore && (requiresAfter || elseConfidence)))
    )
      r.fail('socket', 'must be true, with requiresBefore or with no condition at all');
    if (r.o.socket === true) rule.socket = true;
    if (r.o.exactCase !== undefined && r.o.exactCase !== true) r.fail('exactCase', 'must be true');
    if (r.o.exactCase === true) rule.exactCase = true;
    r.text('source');
    return rule;
  });
  const notErrors = list(phrasesFile, phrasesJson, 'notErrors', (entry, where) => {
    const r = reader(phrasesFile, where, entry);
    r.text('source');
    const rule: NotErrorRule = { text: r.text('text') };
    const near = r.texts('near', true);
    if (near) rule.near = near;
    const within = r.o.nearWithin;
    if (
      within !== undefined &&
      (!near || !Number.isInteger(within) || (within as number) < 1 || (within as number) > 300)
    )
      r.fail('nearWithin', 'must be a whole number from 1 to 300, and only with near');
    if (within !== undefined) rule.nearWithin = within as number;
    const unlessAfter = r.texts('unlessAfter', true);
    if (unlessAfter) rule.unlessAfter = unlessAfter.map((t) => t.toLowerCase());
    return rule;
  });
  const exceptions = list(phrasesFile, phrasesJson, 'exceptions', (entry, where) => {
    const r = reader(phrasesFile, where, entry);
    r.text('source');
    const rule: ExceptionRule = {
      name: r.text('name'),
      id: r.text('id'),
      confidence: r.confidence('confidence') as Confidence,
    };
    if (r.o.fallback !== undefined && typeof r.o.fallback !== 'boolean')
      r.fail('fallback', 'must be a boolean');
    if (r.o.fallback === true) rule.fallback = true;
    return rule;
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
    unixSocketMarks: c.texts('unixSocketMarks') as string[],
    unixSocketFileErrors: c.texts('unixSocketFileErrors') as string[],
    confidenceCaps: caps as Record<string, Confidence>,
    platformHints: { linux: hints.texts('linux') as string[], macos: hints.texts('macos') as string[] },
  };

  const { file: numbersFile, json: numbersJson } = files.numbers;
  const numbers = list(numbersFile, numbersJson, 'numbers', (entry, where) => {
    const r = reader(numbersFile, where, entry);
    const spaces = r.texts('spaces') as string[];
    const bad = spaces.find((s) => !NUMBER_SPACES.includes(s as NumberSpace));
    if (bad) r.fail('spaces', `has "${bad}"; must be among ${NUMBER_SPACES.join(', ')}`);
    r.text('source');
    const context: NumberContext = { keyword: r.text('keyword'), spaces: spaces as NumberSpace[] };
    const followedBy = r.texts('followedBy', true);
    if (followedBy) context.followedBy = followedBy;
    const withinRecord = r.texts('withinRecord', true);
    if (withinRecord) context.withinRecord = withinRecord;
    const precededBy = r.texts('precededBy', true);
    if (precededBy) context.precededBy = precededBy;
    const unlessClassStarts = r.texts('unlessClassStarts', true);
    if (unlessClassStarts) context.unlessClassStarts = unlessClassStarts;
    const unlessFollowedBy = r.texts('unlessFollowedBy', true);
    if (unlessFollowedBy) context.unlessFollowedBy = unlessFollowedBy.map((t) => t.toLowerCase());
    const unlessAfter = r.texts('unlessAfter', true);
    if (unlessAfter) context.unlessAfter = unlessAfter.map((t) => t.toLowerCase());
    for (const flag of FLAGS) {
      const v = r.o[flag];
      if (v !== undefined && typeof v !== 'boolean') r.fail(flag, 'must be a boolean');
      if (v === true) context[flag] = true;
    }
    if (context.sure && !context.socket) r.fail('sure', "needs socket: only a socket call's errno is sure");
    return context;
  });
  const names = list(numbersFile, numbersJson, 'names', (entry, where) => {
    const r = reader(numbersFile, where, entry);
    r.text('source');
    return { keyword: r.text('keyword'), table: r.oneOf('table', ['dotnet', 'rust'] as const) };
  });

  const newlibTable = reader(numbersFile, 'newlib', (numbersJson as Obj).newlib);
  newlibTable.text('source');
  const newlib = reader(numbersFile, 'newlib.errno', newlibTable.o.errno).o as Record<string, unknown>;
  for (const [name, n] of Object.entries(newlib)) {
    if (!Number.isInteger(n) || (n as number) <= 0)
      newlibTable.fail(`errno.${name}`, 'must be a positive integer');
  }
  const { localized, glibc, errorWords } = parseTranslations(files.localized, files.glibc);
  return {
    phrases,
    notErrors,
    exceptions,
    atoms,
    context,
    numbers,
    names,
    newlib: newlib as Record<string, number>,
    localized,
    glibc,
    errorWords,
  };
}
