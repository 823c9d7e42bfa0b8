import { redactSecrets } from '../infra/logging/index.js';
import type { ConfigKey } from './vars.js';

type Env = Readonly<Record<string, string | undefined>>;

/** A value between a matching pair of quotes: `"xoxb-…"`, `'3000'`. */
const QUOTED = /^(["'`])([\s\S]*)\1$/;
const STRAY_QUOTE = /^["'`]|["'`]$/;

/** The longest part of a value a message repeats: a long paste must not flood the log. */
const SHOWN_CHARS = 60;

/**
 * How a message repeats a non-secret value: in JSON quotes, so a newline, a carriage return or a
 * terminal escape sequence in it is shown as `\n`, `\r`, `\u001b` and the message stays one line
 * that cannot repaint the operator's terminal; cut short when long. A secret pasted into the wrong
 * variable (LOG_LEVEL=<the signing secret>, a Slack or Discord token) is hidden, before the cut,
 * which would leave too little of it to be recognised: the message goes to the log.
 */
export function createShown(secrets: readonly string[]): (value: string) => string {
  return (value) => {
    const safe = redactSecrets(value, secrets);
    return JSON.stringify(safe.length > SHOWN_CHARS ? `${safe.slice(0, SHOWN_CHARS)}…` : safe);
  };
}

/**
 * Reads a variable as sockerr's configuration sees it: trimmed (a Windows `.env` leaves a `\r`,
 * a paste a newline), and empty counts as unset. A value inside quotes (`"xoxb-…"`) is a problem
 * named once: `.env` files lose their quotes, but `docker run --env-file`, Kubernetes and most
 * platforms' settings keep them as part of the value, so a token would be refused by Slack as if
 * it were wrong. What is inside the quotes is still checked, so every other problem is named too.
 */
export function createEnvReader(env: Env, problems: string[]): (key: ConfigKey) => string | undefined {
  const reported = new Set<ConfigKey>();
  return (key) => {
    const value = env[key]?.trim();
    if (!value) return undefined;
    const quoted = QUOTED.exec(value);
    // One quote alone: a .env line whose closing quote is missing (dotenv then keeps the opening one).
    const stray = quoted ? undefined : STRAY_QUOTE.exec(value);
    if (!quoted && !stray) return value;
    if (!reported.has(key)) {
      reported.add(key);
      problems.push(
        quoted
          ? `${key} is wrapped in quotes: remove them (only .env files drop quotes; docker --env-file and platform settings keep them as part of the value)`
          : `${key} has a quote (${stray?.[0]}) at its start or end with no partner: remove it, or close the quotes in .env`,
      );
    }
    return (quoted ? quoted[2] : value.replace(STRAY_QUOTE, ''))?.trim() || undefined;
  };
}
