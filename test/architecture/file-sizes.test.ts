import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/paths.js';

/** Past these a file is doing more than one job (house rule); tests may hold longer tables. */
const LIMITS = [
  { pattern: /^(src|scripts|bench)\/.*\.ts$/, max: 200 },
  { pattern: /^test\/.*\.ts$/, max: 300 },
] as const;

const tracked = ['src', 'scripts', 'bench', 'test'].flatMap((dir) =>
  readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => `${dir}/${f}`),
);

describe('file sizes', () => {
  it('keeps every source file to 200 lines and every test file to 300', () => {
    const tooLong = tracked.flatMap((file) => {
      const limit = LIMITS.find((l) => l.pattern.test(file));
      if (!limit) return [];
      const lines = readFileSync(join(ROOT, file), 'utf8').split('\n').length - 1;
      return lines > limit.max ? [`${file}: ${lines} lines (at most ${limit.max})`] : [];
    });
    expect(tooLong).toEqual([]);
  });
});
