import { CONFIG_VARS } from './vars.js';

type Env = Readonly<Record<string, string | undefined>>;

const KNOWN: readonly string[] = CONFIG_VARS.map((v) => v.key);

/**
 * Variables that look meant for sockerr but that it does not read: any `SOCKERR_…` (or `SOCKER_…`)
 * it does not declare, and names one or two typos away from one it does (`SLACK_BOT_TOKN`,
 * `LOGLEVEL`), in any letter case (`slack_bot_token`). They are set on purpose and silently ignored, so the operator is told at start;
 * only the name is said, never the value. Other variables (PATH, a platform's own) are not looked at.
 */
export function unknownVariableWarnings(env: Env): string[] {
  const warnings: string[] = [];
  for (const [name, value] of Object.entries(env)) {
    if (!value?.trim() || KNOWN.includes(name) || isServiceLink(name)) continue;
    // Names are case-sensitive: `slack_bot_token` in a .env is as ignored as a typo, and as silently.
    const upper = name.toUpperCase();
    const near = KNOWN.find((known) => distance(upper, known) <= (known.length <= 8 ? 1 : 2));
    if (!near && !/^SOCKERR?_/.test(upper)) continue;
    const hint =
      near === upper ? ` (names are case-sensitive: write ${near})` : near ? ` (did you mean ${near}?)` : '';
    warnings.push(
      `${name} is not a variable sockerr reads, so it is ignored${hint}: see README.md ("Configuration")`,
    );
  }
  return warnings;
}

/**
 * Kubernetes gives every pod variables for each Service in its namespace, named after the Service:
 * one called `sockerr` (or `sockerr-redis`) brings `SOCKERR_SERVICE_HOST`, `SOCKERR_PORT` and
 * `SOCKERR_PORT_3000_TCP_ADDR`… (https://kubernetes.io/docs/concepts/services-networking/service/#environment-variables).
 * Nobody set them, so they are not warned about.
 */
const SERVICE_LINK =
  /_SERVICE_(?:HOST|PORT(?:_[A-Z0-9_]+)?)$|_PORT(?:_\d+_(?:TCP|UDP|SCTP)(?:_(?:PROTO|PORT|ADDR))?)?$/;
const isServiceLink = (name: string) => SERVICE_LINK.test(name);

/** Levenshtein distance, or 3 when the lengths alone make it more than 2 (no table is built then). */
function distance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
