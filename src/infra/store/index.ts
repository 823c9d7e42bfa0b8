/** The `Store` port's implementations. */
export { createFileStore, type FileStoreOptions } from './file-store.js';
export { createMemoryStore, type MemoryStoreOptions } from './memory-store.js';
