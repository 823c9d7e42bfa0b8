import { fileURLToPath } from 'node:url';

/** The repository root. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** `../shared` beside the repository (read-only reference material, also present in CI). */
export const SHARED = fileURLToPath(new URL('../../../shared/', import.meta.url));
