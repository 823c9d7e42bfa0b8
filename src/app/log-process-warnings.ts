import type { Logger } from '../core/index.js';

/**
 * Routes Node's process warnings (MaxListenersExceededWarning, a dependency's deprecation…)
 * through sockerr's logger. Node's own printer writes them to stderr as several lines of plain
 * text: in the JSON format that breaks the one-object-per-line log a collector parses (each line
 * of the stack arrives as a record of its own, at no level), and it skips secret redaction. So its
 * printer is removed and each warning becomes one `warn` line, its stack kept as a field.
 */
export function logProcessWarnings(logger: Logger, proc: NodeJS.EventEmitter = process): void {
  proc.removeAllListeners('warning');
  proc.on('warning', (warning: Error) => {
    logger.warn(`Node.js warning: ${warning.name}: ${warning.message}`, { warning });
  });
}
