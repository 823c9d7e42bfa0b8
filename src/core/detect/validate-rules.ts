import type { ErrorFacts } from '../catalog/index.js';
import { CatalogError } from '../errors.js';
import { MAX_KEY } from './anchors.js';
import { MAX_CONTEXT_SPACES, MAX_CONTEXT_WORD } from './context-words.js';
import type { FactTables } from './fact-tables.js';
import { normalizeKeyword } from './keywords/match.js';
import type { DetectionRules } from './rules.js';

function checkIds(tables: FactTables, file: string, entries: readonly { id: string }[], field: string): void {
  entries.forEach((entry, i) => {
    if (!tables.ids.has(entry.id))
      throw new CatalogError(`${file}: ${field}[${i}]: field "id" names no catalog entry ("${entry.id}")`);
  });
}

/**
 * Checks that the rules name only what the catalog has (ids, symbols, POSIX names) and that every
 * number keyword fits the keyword index. Throws {@link CatalogError} on the first problem.
 */
export function validateRules(facts: readonly ErrorFacts[], tables: FactTables, rules: DetectionRules): void {
  checkIds(tables, 'data/detection/runtime-phrases.json', rules.phrases, 'phrases');
  checkIds(tables, 'data/detection/runtime-phrases.json', rules.exceptions, 'exceptions');
  checkIds(tables, 'data/detection/runtime-phrases.json', rules.atoms, 'atoms');
  checkIds(tables, 'data/detection/localized-messages.json', rules.localized, 'messages');
  checkIds(tables, 'data/detection/glibc-messages.json', rules.glibc, 'messages');
  const symbols = new Set(tables.symbols.map((s) => s.symbol));
  rules.context.contextRequired.forEach((symbol, i) => {
    if (!symbols.has(symbol))
      throw new CatalogError(
        `data/detection/context-rules.json: contextRequired[${i}]: "${symbol}" is no catalog symbol`,
      );
  });
  // The index cuts a keyword at MAX_KEY: a number after a longer one would never be read.
  rules.numbers.forEach(({ keyword }, i) => {
    if (normalizeKeyword(keyword).length > MAX_KEY)
      throw new CatalogError(
        `data/detection/number-contexts.json: numbers[${i}]: keyword "${keyword}" is longer than ${MAX_KEY} characters`,
      );
  });
  // A longer word would be found only where it starts far enough from a chunk's end (context-words.ts).
  for (const field of ['socketContext', 'fileContext'] as const)
    rules.context[field].forEach((word, i) => {
      if (word.length > MAX_CONTEXT_WORD)
        throw new CatalogError(
          `data/detection/context-rules.json: ${field}[${i}]: "${word}" is longer than ${MAX_CONTEXT_WORD} characters`,
        );
      if (word.split(' ').length - 1 > MAX_CONTEXT_SPACES)
        throw new CatalogError(
          `data/detection/context-rules.json: ${field}[${i}]: "${word}" has more than ${MAX_CONTEXT_SPACES} spaces`,
        );
    });
  const posixNames = new Set(facts.flatMap((f) => (f.posix ? [f.posix.name] : [])));
  const checkNames = (file: string, field: string, names: readonly string[]) => {
    for (const name of names)
      if (!posixNames.has(name))
        throw new CatalogError(`${file}: ${field}: "${name}" is no catalog POSIX name`);
  };
  checkNames('data/detection/number-contexts.json', 'newlib.errno', Object.keys(rules.newlib));
  checkNames('data/detection/context-rules.json', 'unixSocketFileErrors', rules.context.unixSocketFileErrors);
  for (const id of Object.keys(rules.context.confidenceCaps)) {
    if (!tables.ids.has(id))
      throw new CatalogError(
        `data/detection/context-rules.json: confidenceCaps: "${id}" names no catalog entry`,
      );
  }
}
