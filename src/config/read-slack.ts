import { readSettingsUsers } from './read-operations.js';
import { tokenKindHint } from './token-kind.js';
import type { ConfigKey } from './vars.js';

export interface SlackConfig {
  botToken: string;
  /** HTTP mode. */
  signingSecret?: string;
  /** Socket Mode, when set. */
  appToken?: string;
  apiUrl?: string;
  port: number;
  host?: string;
  /** HTTP_KEEP_ALIVE_SECONDS, in ms: how long an idle connection to PORT is kept open. */
  keepAliveMs: number;
  /** Users (U…, W…) and user groups (S…) who may change settings besides admins and owners. */
  settingsUsers: readonly string[];
}

/** Reads the Slack variables: null when Slack is not configured; each problem is added to `problems`. */
export function readSlack(
  get: (key: ConfigKey) => string | undefined,
  url: (key: ConfigKey) => string | undefined,
  problems: string[],
  shown: (value: string) => string,
): SlackConfig | null {
  const botToken = get('SLACK_BOT_TOKEN');
  const signingSecret = get('SLACK_SIGNING_SECRET');
  const appToken = get('SLACK_APP_TOKEN');
  const apiUrl = url('SLACK_API_URL');
  if (!botToken) {
    if (signingSecret || appToken) {
      problems.push(
        'SLACK_BOT_TOKEN is missing: copy the "Bot User OAuth Token" (xoxb-…) from your Slack app\'s "OAuth & Permissions" page',
      );
    }
    return null;
  }
  if (!botToken.startsWith('xoxb-')) {
    problems.push(
      `SLACK_BOT_TOKEN must be a bot token starting with "xoxb-" (see "OAuth & Permissions")${tokenKindHint('SLACK_BOT_TOKEN', botToken)}`,
    );
  }
  if (appToken !== undefined && !appToken.startsWith('xapp-')) {
    problems.push(
      `SLACK_APP_TOKEN must be an app-level token starting with "xapp-" (see "Basic Information")${tokenKindHint('SLACK_APP_TOKEN', appToken)}`,
    );
  }
  if (!signingSecret && !appToken) {
    problems.push(
      'Slack needs SLACK_SIGNING_SECRET (HTTP mode; "Basic Information → App Credentials") or SLACK_APP_TOKEN (Socket Mode)',
    );
  }
  if (signingSecret !== undefined && !/^[0-9a-f]{16,}$/i.test(signingSecret)) {
    problems.push(
      `SLACK_SIGNING_SECRET must be the hexadecimal signing secret from "Basic Information → App Credentials"${tokenKindHint('SLACK_SIGNING_SECRET', signingSecret)}`,
    );
  }
  const settingsUsers = readSettingsUsers(get('SOCKERR_SETTINGS_USERS'), problems, shown);
  const config: SlackConfig = { botToken, port: 3000, keepAliveMs: 95_000, settingsUsers };
  if (signingSecret) config.signingSecret = signingSecret;
  if (appToken) config.appToken = appToken;
  if (apiUrl) config.apiUrl = apiUrl;
  const host = get('HOST');
  if (host) config.host = host;
  return config;
}
