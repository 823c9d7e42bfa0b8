/** The `Store` port's implementations. */
export { createFileStore } from './file-store.js';
export { createMemoryStore } from './memory-store.js';
