import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/paths.js';

describe('bin/sockerr.js in a checkout that was never built', () => {
  it('says how to build it and exits 2, not 1 ("nothing found") with a stack trace', () => {
    // A clone after `npm ci --ignore-scripts`, or whose build failed: no dist/ beside bin/.
    const clone = mkdtempSync(join(tmpdir(), 'sockerr-unbuilt-'));
    try {
      mkdirSync(join(clone, 'bin'));
      copyFileSync(join(ROOT, 'bin/sockerr.js'), join(clone, 'bin/sockerr.js'));
      const run = spawnSync(process.execPath, [join(clone, 'bin/sockerr.js'), 'scan', 'app.log'], {
        encoding: 'utf8',
      });
      expect(run.stderr).toBe(
        `sockerr: it is not built yet: run \`npm ci\` (or \`npm run build\`) in ${clone}\n`,
      );
      expect(run.stdout).toBe('');
      expect(run.status).toBe(2);
    } finally {
      rmSync(clone, { recursive: true, force: true });
    }
  });
});
