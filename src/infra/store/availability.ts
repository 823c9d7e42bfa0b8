import type { Logger } from '../../core/index.js';

/** Tracks whether a shared store is reachable, and logs each change once (not each failed call). */
export interface Availability {
  /** A call failed because the store cannot be reached: logs the first time after it was up. */
  down(error: unknown): void;
  /** A call succeeded (or the connection is ready): logs the first time after it was down. */
  up(): void;
  readonly isUp: boolean;
}

export function createAvailability(
  logger: Logger,
  messages: { down: string; up: string },
  fields: Record<string, unknown> = {},
): Availability {
  let isUp = true;
  return {
    down(error) {
      if (!isUp) return;
      isUp = false;
      logger.warn(messages.down, { ...fields, error });
    },
    up() {
      if (isUp) return;
      isUp = true;
      logger.info(messages.up, fields);
    },
    get isUp() {
      return isUp;
    },
  };
}
