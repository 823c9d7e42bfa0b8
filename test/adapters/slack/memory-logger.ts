import type { Logger } from '../../../src/core/index.js';
import { createLogger } from '../../../src/infra/logging/index.js';

/** A debug-level logger that keeps its JSON lines, with the given secrets redacted. */
export function memoryLogger(secrets: readonly string[] = []): Logger & { lines: string[] } {
  const lines: string[] = [];
  return Object.assign(createLogger({ level: 'debug', secrets, write: (l) => lines.push(l) }), { lines });
}
