import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { findPackageRoot, PACKAGE_ROOT } from '../../../src/infra/data/package-root.js';
import { ROOT } from '../../helpers/paths.js';

describe('findPackageRoot', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sockerr-root-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('finds sockerr itself from the source tree', () => {
    expect(join(PACKAGE_ROOT, '/')).toBe(join(ROOT, '/'));
  });

  it('finds the nearest package.json at any depth, as a bundled chunk sits higher than its source', () => {
    writeFileSync(join(dir, 'package.json'), '{}');
    mkdirSync(join(dir, 'dist', 'chunks'), { recursive: true });
    mkdirSync(join(dir, 'dist', 'infra', 'data'), { recursive: true });
    for (const file of ['dist/main.js', 'dist/chunks/chunk-X.js', 'dist/infra/data/data-dir.js'])
      expect(findPackageRoot(pathToFileURL(join(dir, file)).href)).toBe(dir);
  });

  it('says which file it started from when no package.json is above it', () => {
    expect(() => findPackageRoot('file:///no-such-place/x.js')).toThrow(
      /no package\.json above \/no-such-place\/x\.js/,
    );
  });
});
