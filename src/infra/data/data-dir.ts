import { fileURLToPath } from 'node:url';

/** Where the shipped data lives: `data/` at the package root (same path from `src/` and `dist/`). */
export const DEFAULT_DATA_DIR = fileURLToPath(new URL('../../../data/', import.meta.url));
