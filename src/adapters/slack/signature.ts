import { createHmac, timingSafeEqual } from 'node:crypto';

/** Slack signs with the time; a request more than this far from now is refused (Slack's own rule). */
export const MAX_SKEW_SEC = 5 * 60;

/**
 * Slack's request signature (v0): `v0=` + the hex HMAC-SHA256 of `v0:<timestamp>:<raw body>` with
 * the signing secret, compared in constant time. The same check as Bolt's `verifySlackRequest`,
 * done once here for every request (Bolt's receiver then trusts it), without the second HMAC and
 * the random key that Bolt's `tsscmp` comparison spends on every request.
 */
export function hasValidSlackSignature(
  signingSecret: string,
  request: { timestampSec: number; signature: string; body: Buffer },
  nowMs: number,
): boolean {
  const { timestampSec, signature, body } = request;
  if (signingSecret === '' || !Number.isInteger(timestampSec)) return false;
  if (Math.abs(Math.floor(nowMs / 1000) - timestampSec) > MAX_SKEW_SEC) return false;
  const expected = Buffer.from(
    `v0=${createHmac('sha256', signingSecret).update(`v0:${timestampSec}:`).update(body).digest('hex')}`,
  );
  const given = Buffer.from(signature);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
