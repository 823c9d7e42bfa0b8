import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseSync } from '@swc/core';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/paths.js';
import { findBacktrackingHazards } from '../helpers/regex-audit.js';

interface Literal {
  where: string;
  pattern: string;
  flags: string;
}

/** Every regular-expression literal in a TypeScript file, found by parsing it (swc), not by guessing. */
function regexLiterals(file: string): Literal[] {
  const source = readFileSync(join(ROOT, file), 'utf8');
  const found: Literal[] = [];
  const visit = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      for (const child of node) visit(child);
      return;
    }
    const n = node as { type?: string; pattern?: string; flags?: string };
    if (n.type === 'RegExpLiteral' && typeof n.pattern === 'string') {
      found.push({ where: file, pattern: n.pattern, flags: n.flags ?? '' });
    }
    for (const value of Object.values(node)) if (value && typeof value === 'object') visit(value);
  };
  visit(parseSync(source, { syntax: 'typescript' }));
  return found;
}

const files = readdirSync(join(ROOT, 'src'), { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.ts'))
  .map((f) => `src/${f}`);

describe('regular expressions in src/', () => {
  it('are found by the audit (it reads real literals)', () => {
    const all = files.flatMap(regexLiterals);
    expect(all.length).toBeGreaterThan(50);
  });

  it('have no nested or adjacent unbounded quantifiers anywhere, so no input can make one backtrack', () => {
    const hazards = files
      .flatMap(regexLiterals)
      .flatMap(({ where, pattern, flags }) =>
        findBacktrackingHazards(new RegExp(pattern, flags)).map(
          (problem) => `${where} /${pattern}/: ${problem}`,
        ),
      );
    expect(hazards).toEqual([]);
  });
});
