import { type Logger as BoltLogger, LogLevel } from '@slack/bolt';
import type { Logger, LogLevel as SockerrLogLevel } from '../../core/index.js';
import { createFirstIn } from '../../infra/logging/index.js';

const BOLT_LEVELS: Readonly<Record<SockerrLogLevel, LogLevel>> = {
  debug: LogLevel.DEBUG,
  info: LogLevel.INFO,
  warn: LogLevel.WARN,
  error: LogLevel.ERROR,
  silent: LogLevel.ERROR,
};

/** How @slack/web-api's line for one failed attempt starts (its network error follows). */
const ATTEMPT_FAILED = 'http request failed';
/**
 * How the Socket Mode client says it could not send an envelope's ack: the socket was between
 * connections (Slack asked for a refresh, about 5 s). Slack delivers those events again, so nothing
 * is lost; at error level, one line per envelope, it read as an outage.
 */
const ACK_NOT_SENT = 'Failed to send a message as the client';
const ACK_NOT_SENT_NOTE =
  '(Socket Mode was reconnecting; Slack delivers the events whose ack was not sent again, and sockerr answers each once)';
const REPEAT_EVERY_MS = 60_000;

/** The Bolt log level matching sockerr's `LOG_LEVEL`. */
function toBoltLogLevel(level: SockerrLogLevel): LogLevel {
  return BOLT_LEVELS[level];
}

/**
 * Bolt, its Web API client and its Socket Mode client log through this, so every line is JSON and
 * goes through sockerr's redaction. Bolt's `info` lines (reconnects, rate-limit waits) are routine
 * here and go to debug; its warnings (failed signature checks) stay warnings.
 */
export function createBoltLogger(
  logger: Logger,
  level: SockerrLogLevel,
  now: () => number = Date.now,
): BoltLogger {
  const log = logger.child({ source: 'bolt' });
  const firstIn = createFirstIn({ now, maxKeys: 100 });
  let boltLevel = toBoltLogLevel(level);
  const text = (parts: unknown[]) => hideSecrets(parts.map(formatPart).join(' '));
  // Bolt and its Web API client log a few debug lines for every request: below LOG_LEVEL=debug
  // they are dropped before their parts are formatted (objects are serialised) at all.
  const debug =
    level === 'debug' ? (...parts: unknown[]) => log.debug(text(parts)) : (..._parts: unknown[]) => {};
  /** A warning once a minute for each distinct line; its repeats at debug. */
  const onceAMinute = (line: string) => (firstIn(line, REPEAT_EVERY_MS) ? log.warn(line) : debug(line));
  return {
    debug,
    info: debug,
    warn: (...parts: unknown[]) => {
      const line = text(parts);
      // The Web API client warns at every failed attempt ("http request failed fetch failed"), with
      // no call named: in an outage, three lines per call. sockerr's caller logs each give-up, with
      // the call and the fix; these stay once a minute each, to show Bolt's own calls failing.
      if (line.startsWith(ATTEMPT_FAILED)) return onceAMinute(line);
      log.warn(line);
    },
    error: (...parts: unknown[]) => {
      const line = text(parts);
      if (line.startsWith(ACK_NOT_SENT)) return onceAMinute(`${line} ${ACK_NOT_SENT_NOTE}`);
      log.error(line);
    },
    setLevel: (next: LogLevel) => {
      boltLevel = next;
    },
    getLevel: () => boltLevel,
    setName: () => {},
  };
}

/**
 * What Bolt's clients write at debug that lets its reader act as the app. `apps.connections.open`
 * answers a Socket Mode URL whose `ticket` opens a connection that gets the app's events (the Web
 * API client logs that answer); the Socket Mode client logs every envelope whole, with the app's
 * verification `token` and each command's or button's `response_url`, which posts to its channel
 * for 30 minutes. None of them is sockerr's to know, so none is in the logger's list of secrets.
 */
function hideSecrets(line: string): string {
  return line
    .replace(/([?&]ticket=)[^&"\s]+/g, '$1[redacted]')
    .replace(/("(?:token|response_url)":")(?:[^"\\]|\\.)*"/g, '$1[redacted]"');
}

function formatPart(part: unknown): string {
  if (typeof part === 'string') return part;
  if (part instanceof Error) return `${part.name}: ${part.message}`;
  try {
    return JSON.stringify(part);
  } catch {
    return String(part);
  }
}
