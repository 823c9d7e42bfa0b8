import { fileURLToPath } from 'node:url';

/** The repository root. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** Test data kept in the repository: real payloads, the reference facts, the labelled corpus. */
export const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));
