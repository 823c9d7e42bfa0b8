/** Log levels, least to most severe. */
export const LOG_LEVELS = ['debug', 'info', 'warn', 'error', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export type LogFields = Record<string, unknown>;

/** The logger every part of sockerr receives; adapters and core never use `console` directly. */
export interface Logger {
  debug(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
  /** A logger that adds `fields` to every line. */
  child(fields: LogFields): Logger;
}

export interface LoggerOptions {
  level?: LogLevel;
  /** Secret values that must never appear in a log line (tokens, signing secrets). */
  secrets?: readonly string[];
  /** Where lines go; one JSON object per line. */
  write?: (line: string) => void;
  now?: () => Date;
}

const REDACTED = '[redacted]';

/** Replaces every occurrence of a secret, and anything that looks like a Slack/Discord token. */
export function redactSecrets(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) if (secret.length >= 6) out = out.split(secret).join(REDACTED);
  // Slack tokens (xoxb-, xoxp-, xapp-) and Discord bot tokens have recognisable shapes.
  return out
    .replace(/\bx(?:ox[abposr]|app)-[A-Za-z0-9-]{8,}/g, REDACTED)
    .replace(/\b[A-Za-z0-9_-]{23,28}\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{27,}/g, REDACTED);
}

/** A JSON-lines logger with secret redaction. */
export function createLogger(options: LoggerOptions = {}, base: LogFields = {}): Logger {
  const level = options.level ?? 'info';
  const threshold = LOG_LEVELS.indexOf(level);
  const write = options.write ?? ((line: string) => process.stderr.write(`${line}\n`));
  const now = options.now ?? (() => new Date());
  const secrets = options.secrets ?? [];
  const log = (lvl: Exclude<LogLevel, 'silent'>, message: string, fields?: LogFields) => {
    if (LOG_LEVELS.indexOf(lvl) < threshold) return;
    const record = { time: now().toISOString(), level: lvl, msg: message, ...base, ...fields };
    let line: string;
    try {
      line = JSON.stringify(record, (_key, value) => (value instanceof Error ? errorFields(value) : value));
    } catch {
      line = JSON.stringify({ time: record.time, level: lvl, msg: message, note: 'fields not serialisable' });
    }
    write(redactSecrets(line, secrets));
  };
  return {
    debug: (m, f) => log('debug', m, f),
    info: (m, f) => log('info', m, f),
    warn: (m, f) => log('warn', m, f),
    error: (m, f) => log('error', m, f),
    child: (fields) => createLogger(options, { ...base, ...fields }),
  };
}

function errorFields(error: Error): LogFields {
  const withCode = error as Error & { code?: unknown };
  return { name: error.name, message: error.message, code: withCode.code };
}
