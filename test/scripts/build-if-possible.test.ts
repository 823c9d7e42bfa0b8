import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/paths.js';

/**
 * `prepare` and `prestart` in a checkout installed with `npm ci --omit=dev` (a production image):
 * the script is copied into a folder with no node_modules, where TypeScript and tsx cannot be found.
 */
describe('building only where the build tools are installed', () => {
  const folders: string[] = [];
  afterEach(() => {
    for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
  });

  const checkout = (withDist: boolean) => {
    const root = mkdtempSync(join(tmpdir(), 'sockerr-omit-dev-'));
    folders.push(root);
    mkdirSync(join(root, 'scripts'));
    copyFileSync(join(ROOT, 'scripts/build-if-possible.js'), join(root, 'scripts/build-if-possible.js'));
    writeFileSync(join(root, 'package.json'), JSON.stringify({ type: 'module' }));
    if (withDist) {
      mkdirSync(join(root, 'dist'));
      writeFileSync(join(root, 'dist/main.js'), '');
    }
    return root;
  };
  const run = (root: string, lifecycle: 'prepare' | 'prestart') =>
    spawnSync(process.execPath, ['scripts/build-if-possible.js'], {
      cwd: root,
      encoding: 'utf8',
      env: { PATH: process.env.PATH, npm_lifecycle_event: lifecycle },
    });

  it('lets npm ci --omit=dev install without dist/, saying where dist/ comes from', () => {
    const done = run(checkout(false), 'prepare');
    expect(done.status).toBe(0);
    expect(done.stderr).toContain('copy it from a build that ran npm ci && npm run build');
  });

  it('starts the dist/ already built, and refuses to start without one, saying how to build it', () => {
    const built = run(checkout(true), 'prestart');
    expect(built.status).toBe(0);
    expect(built.stderr).toContain('starting the dist/ already built');
    const unbuilt = run(checkout(false), 'prestart');
    expect(unbuilt.status).toBe(1);
    expect(unbuilt.stderr).toContain('dist/ is not built and the build tools are not installed');
  });
});
