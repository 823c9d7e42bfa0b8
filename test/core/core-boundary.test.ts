import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/paths.js';

const CORE = join(ROOT, 'src/core');

describe('src/core', () => {
  it('imports no adapter and no platform SDK, and never reads process.env', () => {
    const offenders = readdirSync(CORE)
      .filter((f) => f.endsWith('.ts'))
      .flatMap((file) => {
        const source = readFileSync(join(CORE, file), 'utf8');
        const bad = [
          /from ['"]\.\.\/(?:adapters|config|main)/,
          /from ['"]@slack\//,
          /from ['"]discord\.js['"]/,
          /process\.env/,
        ].filter((pattern) => pattern.test(source));
        return bad.map((pattern) => `${file}: ${pattern}`);
      });
    expect(offenders).toEqual([]);
  });
});
