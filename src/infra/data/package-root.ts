import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The folder of the nearest `package.json` above `from`: sockerr's own root, as Node finds a
 * module's package. Found by walking up rather than by a fixed `../../..`, because the same code
 * runs from `src/` (tsx), from tsc's per-file `dist/`, and bundled into `dist/main.js` or a shared
 * chunk in `dist/chunks/`, each at a different depth.
 */
export function findPackageRoot(from: string): string {
  let dir = dirname(fileURLToPath(from));
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`no package.json above ${fileURLToPath(from)}`);
    dir = parent;
  }
  return dir;
}

/** sockerr's root: `data/`, `dist/` and `package.json` are found from here. */
export const PACKAGE_ROOT = findPackageRoot(import.meta.url);
