import { createRequire } from 'node:module';
import { pino, stdSerializers } from 'pino';
import type PinoPretty from 'pino-pretty';
import type { LogFields, Logger, LogLevel } from '../../core/index.js';
import { redactSecrets } from './redact.js';

/** `json`: one JSON object per line (for log collectors); `pretty`: readable lines for a person. */
export const LOG_FORMATS = ['json', 'pretty'] as const;
export type LogFormat = (typeof LOG_FORMATS)[number];

export interface LoggerOptions {
  level?: LogLevel;
  format?: LogFormat;
  /** Secret values that must never appear in a log line (tokens, signing secrets). */
  secrets?: readonly string[];
  /** Where finished lines go (tests keep them); by default standard error. */
  write?: (line: string) => void;
  /** Colours in pretty output; by default when standard error is a terminal. */
  color?: boolean;
  now?: () => Date;
}

/** An error's name, message, code, stack and its chain of causes; other values as they are. */
function serializeError(value: unknown): unknown {
  return value instanceof Error ? stdSerializers.errWithCause(value) : value;
}

/**
 * pino-pretty, loaded only for the pretty format: JSON lines (production, the bench) never pay
 * for loading it at start.
 */
function loadPrettyFactory(): typeof PinoPretty.prettyFactory {
  const load = createRequire(import.meta.url);
  return (load('pino-pretty') as typeof PinoPretty).prettyFactory;
}

/** Wraps pino in core's `Logger` port (message first, then fields, as sockerr's code reads). */
function wrap(base: pino.Logger): Logger {
  const at =
    (level: 'debug' | 'info' | 'warn' | 'error') =>
    (message: string, fields?: LogFields): void => {
      if (fields) base[level](fields, message);
      else base[level](message);
    };
  return {
    debug: at('debug'),
    info: at('info'),
    warn: at('warn'),
    error: at('error'),
    child: (fields) => wrap(base.child(fields)),
  };
}

/**
 * sockerr's logger: pino, JSON lines by default or pretty output, on standard error (standard
 * output belongs to the CLI's JSON and the shell's conversation). Every line passes through
 * secret redaction after it is serialised, so no field, message or stack can leak a token.
 */
export function createLogger(options: LoggerOptions = {}): Logger {
  const secrets = options.secrets ?? [];
  const now = options.now ?? (() => new Date());
  const write = options.write ?? ((line: string) => process.stderr.write(`${line}\n`));
  const prettify =
    options.format === 'pretty'
      ? loadPrettyFactory()({
          colorize: options.color ?? Boolean(process.stderr.isTTY),
          translateTime: 'SYS:HH:MM:ss.l',
        })
      : undefined;
  // Redaction runs on the serialised line, so no field, message or stack can carry a secret out.
  const sink = {
    write: (chunk: string) => {
      const line = redactSecrets(chunk.replace(/\n$/, ''), secrets);
      write(prettify ? prettify(line).replace(/\n$/, '') : line);
    },
  };
  const base = pino(
    {
      level: options.level ?? 'info',
      base: undefined,
      timestamp: () => `,"time":"${now().toISOString()}"`,
      formatters: {
        // Labels, not numbers, so `grep '"level":"warn"'` works; pino-pretty reads both.
        level: (label) => ({ level: label }),
        log: (object) =>
          Object.fromEntries(Object.entries(object).map(([key, value]) => [key, serializeError(value)])),
      },
    },
    sink,
  );
  return wrap(base);
}
