import { createHmac } from 'node:crypto';

/** Slack's request signature: `v0=` + HMAC-SHA256 of `v0:<timestamp>:<raw body>` with the signing secret. */
export function signSlackRequest(secret: string, timestamp: number, rawBody: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${rawBody}`).digest('hex')}`;
}

export interface SendOptions {
  secret: string;
  /** Seconds since the epoch; defaults to now. */
  timestamp?: number;
  /** Replaces the computed signature (a forged request). */
  signature?: string;
  /** Slack's retry headers. */
  retryNum?: number;
  retryReason?: string;
}

/** A request body as Slack sends it, with its content type. */
export interface SlackRequestBody {
  contentType: string;
  raw: string;
}

/** Events API: a JSON body. */
export const eventBody = (envelope: unknown): SlackRequestBody => ({
  contentType: 'application/json',
  raw: JSON.stringify(envelope),
});

/** Slash command: form fields. */
export const commandBody = (fields: Record<string, string>): SlackRequestBody => ({
  contentType: 'application/x-www-form-urlencoded',
  raw: new URLSearchParams(fields).toString(),
});

/** Interactivity (shortcuts, buttons): a form with one `payload` field holding JSON. */
export const interactionBody = (payload: unknown): SlackRequestBody => ({
  contentType: 'application/x-www-form-urlencoded',
  raw: new URLSearchParams({ payload: JSON.stringify(payload) }).toString(),
});

/** POSTs a signed request to the app, as Slack's servers do. */
export async function sendToApp(
  url: string,
  body: SlackRequestBody,
  options: SendOptions,
): Promise<Response> {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const headers: Record<string, string> = {
    'content-type': body.contentType,
    'x-slack-request-timestamp': String(timestamp),
    'x-slack-signature': options.signature ?? signSlackRequest(options.secret, timestamp, body.raw),
    'user-agent': 'Slackbot 1.0 (+https://api.slack.com/robots)',
  };
  if (options.retryNum !== undefined) {
    headers['x-slack-retry-num'] = String(options.retryNum);
    headers['x-slack-retry-reason'] = options.retryReason ?? 'http_timeout';
  }
  return fetch(url, { method: 'POST', headers, body: body.raw });
}
