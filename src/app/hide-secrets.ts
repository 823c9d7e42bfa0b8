import { ConfigError } from '../config/index.js';
import { redactSecrets } from '../infra/logging/index.js';

/**
 * A start-up failure as main.ts writes it to stderr (the log), with every secret hidden. Messages
 * repeat what the operator set (`HOST "…" is not an address of this machine`), and a secret pasted
 * into the wrong variable would be written out whole: log lines are redacted, this one was not.
 */
export function hideSecrets(error: unknown, secrets: readonly string[]): unknown {
  if (error instanceof ConfigError)
    return new ConfigError(
      error.problems.map((p) => redactSecrets(p, secrets)),
      error.notes.map((n) => redactSecrets(n, secrets)),
    );
  if (error instanceof Error) {
    const message = redactSecrets(error.message, secrets);
    return message === error.message ? error : new Error(message);
  }
  return redactSecrets(String(error), secrets);
}
