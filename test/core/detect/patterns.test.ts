import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDetectionIndex } from '../../../src/core/detect/build-index.js';
import { PATTERNS } from '../../../src/core/detect/patterns.js';
import { realData } from '../../helpers/core.js';
import { ROOT } from '../../helpers/paths.js';
import { findBacktrackingHazards } from '../../helpers/regex-audit.js';

const { catalog, rules } = realData();
const index = buildDetectionIndex(catalog.entries, rules);

/** Every regex detection runs: the fixed ones and those built from the data. */
const all: [string, RegExp][] = [
  ...Object.entries(PATTERNS),
  ['socket context words', index.contextPatterns[0]],
  ['file context words', index.contextPatterns[1]],
  ['socket syscall before a symbol', index.socketSyscall],
  ['Linux hints', index.hints.linux],
  ['macOS hints', index.hints.macos],
];

const SIZE = 100_000;
/** A generous budget: linear patterns take about a millisecond here, quadratic ones seconds. */
const BUDGET_MS = Math.max(250, (2000 * SIZE) / (1 << 20));
const UNITS = [' ', '\t', '\n', '\r\n', 'a', 'E', '0', '-', '.', ',', ':', '=', '(', '[', "'", '"', '`'];
const UNITS_MORE = ['#', '_', '\\', '/', 'é', '错', '。', 'x0', 'code ', 'errno ', "'db' ", '(1'];

function* hostileInputs(): Generator<[string, string]> {
  for (const unit of [...UNITS, ...UNITS_MORE]) {
    const run = unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE);
    yield [`a run of ${JSON.stringify(unit)}`, run];
    yield [`a run of ${JSON.stringify(unit)} ending in !`, `${run}!`];
    yield [`a quoted name then a run of ${JSON.stringify(unit)}`, `'db'${run}x`];
    yield [`( then a run of ${JSON.stringify(unit)}`, `(${run}`];
  }
}

/** Runs a pattern the way detection does: sticky ones at a few offsets, others over the text. */
function runPattern(pattern: RegExp, text: string): void {
  if (pattern.sticky) {
    for (const at of [0, 1, 4, 5]) {
      pattern.lastIndex = at;
      pattern.exec(text);
    }
  } else if (pattern.global) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text))
      if (m[0].length === 0) pattern.lastIndex++;
  } else {
    pattern.exec(text);
  }
}

describe('detection regexes', () => {
  it.each(all)('%s has no nested or adjacent unbounded quantifiers', (_name, pattern) => {
    expect(findBacktrackingHazards(pattern)).toEqual([]);
  });

  it('the audit catches the quantifier shapes that backtrack', () => {
    expect(findBacktrackingHazards(/on '[^']{0,255}'[ \t]*\(?[ \t]*(\d+)/y)).not.toEqual([]);
    expect(findBacktrackingHazards(/(?:a+)+b/)).not.toEqual([]);
    expect(findBacktrackingHazards(/(\s*,)*x/)).not.toEqual([]);
    expect(findBacktrackingHazards(/[ \t]{0,16}\(?[ \t]{0,16}\d+/)).toEqual([]);
  });

  it.each(all)('%s stays linear on pathological input', (_name, pattern) => {
    for (const [label, text] of hostileInputs()) {
      const start = performance.now();
      runPattern(pattern, text);
      expect(performance.now() - start, label).toBeLessThan(BUDGET_MS);
    }
  });

  it('are all declared in patterns.ts or built in pattern-builders.ts, where these tests see them', () => {
    const dir = join(ROOT, 'src/core/detect');
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter(
      (f) => f.endsWith('.ts') && f !== 'patterns.ts' && f !== 'pattern-builders.ts',
    );
    const stray = files.filter((f) => {
      const code = readFileSync(join(dir, f), 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/\/\/.*$/gm, '')
        .replace(/'(?:\\.|[^'\\\n])*'|"(?:\\.|[^"\\\n])*"|`(?:\\.|[^`\\])*`/g, '""');
      return /RegExp\(|[=(,:;!&|?{}[]\s*\/(?![*/\s])(?:\\.|[^/\n])+\/[dgimsuy]*/.test(code);
    });
    expect(stray, 'move these regexes to src/core/detect/patterns.ts').toEqual([]);
  });
});
