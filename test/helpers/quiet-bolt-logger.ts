import { type Logger, LogLevel } from '@slack/bolt';

/** A Bolt logger that says nothing: tests that build a real Bolt App check behaviour, not its logs. */
export const quietBoltLogger: Logger = {
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
  setLevel: () => undefined,
  getLevel: () => LogLevel.ERROR,
  setName: () => undefined,
};
