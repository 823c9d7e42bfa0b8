import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../helpers/paths.js';
import { cli } from './run-cli-io.js';

interface Example {
  args: string[];
  shown: string[];
}

/** Splits `sockerr 'a b' c` as a shell would (single quotes and bare words: what the README uses). */
function shellWords(line: string): string[] {
  return [...line.matchAll(/'([^']*)'|(\S+)/g)].map((m) => m[1] ?? m[2] ?? '');
}

/** Every `$ sockerr …` in the README's text blocks, with the lines shown under it. */
function readmeExamples(): Example[] {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const examples: Example[] = [];
  for (const block of readme.matchAll(/^```text\n([\s\S]*?)^```$/gm)) {
    let current: Example | undefined; // lines before a block's first `$` are no command's output
    for (const line of (block[1] ?? '').split('\n')) {
      if (line.startsWith('$ ')) {
        const [command, ...args] = shellWords(line.slice(2));
        current = command === 'sockerr' ? { args, shown: [] } : undefined;
        if (current) examples.push(current);
      } else if (line !== '') current?.shown.push(line);
    }
  }
  return examples;
}

/**
 * Whether `shown` is what the CLI printed, as the README shortens it: a line that ends in `…` is
 * the start of a printed line, and a line that is only `…` (or a list's `• …`) stands for any
 * number of lines left out. Every other line is printed as shown, right after the one before.
 */
function matches(shown: string[], printed: string[]): string | null {
  let at = 0;
  let skipping = false;
  for (const line of shown) {
    if (/^\s*(• )?…$/.test(line)) {
      skipping = true;
      continue;
    }
    const fits = (p: string) => (line.endsWith(' …') ? p.startsWith(line.slice(0, -2)) : p === line);
    let found = at;
    while (found < printed.length && !fits(printed[found] ?? '') && skipping) found += 1;
    if (found >= printed.length || !fits(printed[found] ?? '')) return line;
    at = found + 1;
    skipping = false;
  }
  return null;
}

describe('the README’s command-line examples', () => {
  const examples = readmeExamples();

  it('are found (a change of the README’s layout must not leave this test checking nothing)', () => {
    expect(examples.length).toBeGreaterThanOrEqual(3);
  });

  for (const { args, shown } of examples) {
    it(`show what \`sockerr ${args.join(' ')}\` prints today`, async () => {
      const { out } = await cli(args);
      const printed = out.split('\n');
      expect(matches(shown, printed), `a line the README shows that is not printed:\n${out}`).toBeNull();
    });
  }
});
