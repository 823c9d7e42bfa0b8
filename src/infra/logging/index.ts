/** The `Logger` port's implementation: pino, with secret redaction. */
export { createLogger, LOG_FORMATS, type LogFormat } from './create-logger.js';
export { createFirstIn } from './first-in.js';
export { redactSecrets } from './redact.js';
