import { join } from 'node:path';
import { PACKAGE_ROOT } from './package-root.js';

/** Where the shipped data lives: `data/` at the package root. */
export const DEFAULT_DATA_DIR = join(PACKAGE_ROOT, 'data');
