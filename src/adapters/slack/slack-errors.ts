/** A failed Web API call or `respond()`, read by its `code`, never by its message. */
export interface DescribedError {
  /** Slack's error string (`not_in_channel`), or ours: `ratelimited`, `timeout`, `http_503`, `request_failed`, `connection_lost`. */
  error: string;
  /** Worth trying again: rate limits, 5xx, timeouts and network errors; never Slack's `ok: false` answers. */
  transient: boolean;
  retryAfterSec?: number;
  fields: Record<string, unknown>;
}

/** What an operator can do about an error, named in the one log line of each give-up. */
const HINTS: Readonly<Record<string, string>> = {
  not_in_channel: 'invite the bot to the channel (/invite @sockerr)',
  channel_not_found: 'the channel is private or gone; invite the bot to it',
  missing_scope: 'add the scope named in "needed" to the app (slack/manifest.json) and reinstall it',
  invalid_auth: 'SLACK_BOT_TOKEN was rejected; copy the Bot User OAuth Token again',
  not_authed: 'SLACK_BOT_TOKEN was not sent; check the configuration',
  token_revoked: 'the app was uninstalled or its token revoked; reinstall it and update SLACK_BOT_TOKEN',
  account_inactive: 'the app was uninstalled or its token revoked; reinstall it and update SLACK_BOT_TOKEN',
  is_archived: 'the channel is archived',
  ekm_access_denied: 'the workspace administrators blocked the message (EKM)',
  ratelimited:
    'Slack rate-limited this call for longer than sockerr waits; turn auto-replies off in the busiest channels (/sockerr auto off) or check what else uses this token',
  timeout:
    'Slack did not answer in time; check https://slack-status.com and this host’s route to the Slack API (SLACK_API_URL, proxy, firewall)',
  connection_lost:
    'the connection to Slack broke after the request was sent; a post is not sent again (Slack may have made it), other calls are retried',
  request_failed:
    'the Slack API could not be reached; check DNS, proxy and firewall for SLACK_API_URL and https://slack-status.com',
  http_5xx: 'Slack’s API is failing; check https://slack-status.com — the next event will try again',
};

/** Errors of a connection that broke after it was made (undici's and Node's names). */
const LOST_CONNECTION: ReadonlySet<string> = new Set(['UND_ERR_SOCKET', 'ECONNRESET', 'EPIPE']);

/** The fix for an error, if there is one to name. */
export function hintFor(error: string): string | undefined {
  return HINTS[error] ?? (/^(http|response_url)_5\d\d$/.test(error) ? HINTS.http_5xx : undefined);
}

/** Reads the errors of @slack/web-api, Bolt's `respond()` and our own deadline. */
export function describeSlackError(thrown: unknown): DescribedError {
  const e = (thrown ?? {}) as {
    code?: string;
    name?: string;
    message?: string;
    retryAfter?: number;
    statusCode?: number;
    original?: { name?: string; cause?: { code?: string } };
    data?: { error?: string; needed?: string; provided?: string };
  };
  switch (e.code) {
    case 'slack_webapi_rate_limited_error':
      return {
        error: 'ratelimited',
        transient: true,
        retryAfterSec: e.retryAfter ?? 0,
        fields: { retryAfterSec: e.retryAfter },
      };
    case 'slack_webapi_platform_error':
      return {
        error: e.data?.error ?? 'unknown_error',
        transient: false,
        fields: e.data?.needed ? { needed: e.data.needed, provided: e.data.provided } : {},
      };
    case 'slack_webapi_http_error':
      return { error: `http_${e.statusCode ?? 'error'}`, transient: (e.statusCode ?? 0) >= 500, fields: {} };
    case 'slack_webapi_request_error': {
      // The WebClient's own `timeout` aborts the request with a TimeoutError inside.
      const timedOut = e.original?.name === 'TimeoutError' || e.original?.name === 'AbortError';
      // The connection broke once the request was on its way (fetch's cause: the socket closed or
      // reset), so Slack may have done it; a connection never made (refused, DNS) did nothing.
      const lost = LOST_CONNECTION.has(e.original?.cause?.code ?? '');
      return {
        error: timedOut ? 'timeout' : lost ? 'connection_lost' : 'request_failed',
        transient: true,
        fields: { message: e.message },
      };
    }
    case 'slack_bolt_respond_error':
      return {
        error: `response_url_${e.statusCode ?? 'failed'}`,
        transient: (e.statusCode ?? 500) >= 500,
        fields: {},
      };
    case 'sockerr_deadline':
      return { error: 'timeout', transient: true, fields: {} };
    default:
      return {
        error: 'unexpected_error',
        transient: false,
        fields: { message: e.message ?? String(thrown) },
      };
  }
}
