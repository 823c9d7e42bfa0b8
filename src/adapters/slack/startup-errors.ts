import { ConfigError, type SlackConfig } from '../../config/index.js';
import { describeSlackError } from './slack-errors.js';

/** Where start-up failed: `auth.test` with the bot token, Socket Mode with the app token, or binding PORT. */
export type SlackStartupStep = 'auth' | 'socket' | 'listen';

/** Errors by which Slack says a token is wrong, revoked or of the wrong kind. */
export const TOKEN_ERRORS: ReadonlySet<string> = new Set([
  'invalid_auth',
  'not_authed',
  'account_inactive',
  'token_revoked',
  'token_expired',
  'not_allowed_token_type',
  'invalid_token',
]);

/**
 * Turns a start-up failure into a {@link ConfigError} that names the variable to fix and where to
 * find its value. Never includes a secret.
 */
export function describeStartupError(
  thrown: unknown,
  step: SlackStartupStep,
  slack: SlackConfig,
): ConfigError {
  const systemCode = (thrown as { code?: unknown } | undefined)?.code;
  if (step === 'listen') {
    const where = `${slack.host ?? 'all interfaces'} port ${slack.port}`;
    if (systemCode === 'EADDRINUSE') {
      return new ConfigError([
        `PORT ${slack.port} is already in use (${where}): stop the other process or set PORT`,
      ]);
    }
    if (systemCode === 'EADDRNOTAVAIL' || systemCode === 'ENOTFOUND') {
      return new ConfigError([
        `HOST "${slack.host ?? ''}" is not an address of this machine: fix HOST or leave it empty`,
      ]);
    }
    return new ConfigError([
      `Cannot listen for Slack on ${where} (${String(systemCode ?? thrown)}): check PORT and HOST`,
    ]);
  }
  const { error } = describeSlackError(thrown);
  if (error === 'request_failed' || error.startsWith('http_')) {
    const api = slack.apiUrl ?? 'https://slack.com/api/';
    return new ConfigError([
      `Cannot reach the Slack Web API at ${api} (${error}): check the network${slack.apiUrl ? ' and SLACK_API_URL' : ''}`,
    ]);
  }
  if (step === 'auth') {
    return new ConfigError([
      TOKEN_ERRORS.has(error)
        ? `SLACK_BOT_TOKEN was rejected by Slack (${error}): copy the "Bot User OAuth Token" (xoxb-…) again from your app's "OAuth & Permissions" page, and reinstall the app if it was removed`
        : `Slack refused SLACK_BOT_TOKEN's auth.test (${error})`,
    ]);
  }
  return new ConfigError([
    TOKEN_ERRORS.has(error)
      ? `SLACK_APP_TOKEN was rejected by Slack (${error}): under "Basic Information → App-Level Tokens" create a token (xapp-…) with the connections:write scope, and turn Socket Mode on in the app's settings`
      : `Slack refused to open a Socket Mode connection (${error}): check that Socket Mode is on in the app's settings and SLACK_APP_TOKEN is current`,
  ]);
}
