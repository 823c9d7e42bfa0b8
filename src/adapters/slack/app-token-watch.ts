import type { webApi } from '@slack/bolt';
import { TOKEN_ERRORS } from './startup-errors.js';

/** Watches the Socket Mode client's `apps.connections.open` calls for Slack refusing the app token. */
export interface AppTokenWatch {
  /** The fetch for the Socket Mode client's Web API calls (its `clientOptions.fetch`). */
  readonly fetch: webApi.FetchFunction;
  /**
   * Rejects, the first time Slack refuses the app token, with the error as @slack/web-api shapes
   * it (`code`, `data.error`), so `describeStartupError` names SLACK_APP_TOKEN and the fix.
   */
  readonly refused: Promise<never>;
}

/**
 * @slack/socket-mode 3.1 gives up on only a few of the errors by which Slack refuses an app token
 * (`invalid_auth`, `not_authed`, `account_inactive`…): others, such as `not_allowed_token_type`,
 * `token_revoked` or `token_expired` (https://docs.slack.dev/reference/methods/apps.connections.open),
 * it asks again after 5, 10, 15… s for ever, so start-up never ends. On a reconnect, the errors it
 * gives up on reject a promise nobody handles (node-slack-sdk 3.2.0's notes: "a reconnect that
 * fails for good still rejects as before"), and the process lives on without a connection.
 *
 * The answer of a refused call is therefore held, never handed to the client: it neither retries a
 * token that will not work nor rejects unhandled. `refused` tells sockerr, which fails its start or,
 * once running, exits to be restarted. Nothing here reads or logs the token.
 */
export function watchAppToken(): AppTokenWatch {
  let refuse: (error: unknown) => void = () => {};
  const refused = new Promise<never>((_resolve, reject) => {
    refuse = reject;
  });
  // Read by whoever cares (start, or the fatal handler); never an unhandled rejection by itself.
  refused.catch(() => undefined);
  const fetch: webApi.FetchFunction = async (url, init) => {
    const response = await globalThis.fetch(url, init);
    if (!String(url).endsWith('/apps.connections.open') || response.status !== 200) return response;
    const body = (await response
      .clone()
      .json()
      .catch(() => undefined)) as { ok?: unknown; error?: unknown } | undefined;
    const error = typeof body?.error === 'string' ? body.error : undefined;
    if (body?.ok !== false || !error || !TOKEN_ERRORS.has(error)) return response;
    refuse({ code: 'slack_webapi_platform_error', data: { ok: false, error } });
    return new Promise<never>(() => {});
  };
  return { fetch, refused };
}
