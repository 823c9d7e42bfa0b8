const REDACTED = '[redacted]';

/**
 * Discord interaction and webhook URLs carry a token in the path (`/interactions/<id>/<token>/…`,
 * `/webhooks/<id>/<token>/…`): discord.js puts the URL in every REST error it throws, and the
 * token answers, edits and follows up as the app (for 15 minutes; a webhook's, for good).
 */
const DISCORD_PATH_TOKEN = /(\/(?:interactions|webhooks)\/\d{5,25}\/)[^/?#\s"'\\]+/g;

/** Replaces every occurrence of a secret, and anything that looks like a Slack/Discord token. */
export function redactSecrets(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) {
    if (secret.length < 6) continue;
    out = out.split(secret).join(REDACTED);
    // Log lines are redacted once serialised, where a quote, a backslash or a control character in
    // a secret (a Redis password) is written escaped: `pa"ss` is `pa\"ss` in the line.
    const escaped = JSON.stringify(secret).slice(1, -1);
    if (escaped !== secret) out = out.split(escaped).join(REDACTED);
  }
  // Slack tokens (xoxb-, xoxp-, xapp-) and Discord bot tokens have recognisable shapes.
  return out
    .replace(/\bx(?:ox[abposr]|app)-[A-Za-z0-9-]{8,}/g, REDACTED)
    .replace(/\b[A-Za-z0-9_-]{23,28}\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{27,}/g, REDACTED)
    .replace(DISCORD_PATH_TOKEN, `$1${REDACTED}`);
}
