import type { ConfigKey } from './vars.js';

/** Tokens recognisable by their shape, and the variable each belongs in (none: sockerr has no use for it). */
const KINDS: readonly { shape: RegExp; kind: string; belongsIn?: ConfigKey }[] = [
  { shape: /^xoxb-/, kind: 'a Slack bot token (xoxb-…)', belongsIn: 'SLACK_BOT_TOKEN' },
  { shape: /^xapp-/, kind: 'a Slack app-level token (xapp-…)', belongsIn: 'SLACK_APP_TOKEN' },
  { shape: /^xox[pe]-/, kind: 'a Slack user token (xoxp-…), which sockerr does not use' },
  {
    shape: /^[\w-]{23,28}\.[\w-]{6,7}\.[\w-]{27,}$/,
    kind: 'a Discord bot token',
    belongsIn: 'DISCORD_TOKEN',
  },
];

/**
 * When a credential is refused for its shape, says what it looks like instead: a token pasted into
 * the next variable down (an `xapp-` token in SLACK_BOT_TOKEN) is the usual mistake, and "must start
 * with xoxb-" alone does not say where the pasted one goes. Names a kind, never the value.
 */
export function tokenKindHint(key: ConfigKey, value: string): string {
  const found = KINDS.find((k) => k.shape.test(value));
  if (!found || found.belongsIn === key) return '';
  return found.belongsIn
    ? `; this looks like ${found.kind}, which goes in ${found.belongsIn}`
    : `; this looks like ${found.kind}`;
}
