import type { IncomingMessage, ServerResponse } from 'node:http';
import { parse as parseQuery } from 'node:querystring';
import type { BufferedIncomingMessage } from '@slack/bolt';
import type { Logger } from '../../core/index.js';
import type { HttpRoutes } from '../../infra/http/index.js';
import { createFirstIn } from '../../infra/logging/index.js';
import type { Metrics } from '../../infra/metrics/index.js';
import { checkSlackEnvelope } from './envelope.js';
import { type FrontReceiver, NO_RETRY } from './front-receiver.js';
import { SLACK_LIMITS } from './limits.js';
import { reportRateLimitNotice } from './rate-limit-notice.js';
import { hasValidSlackSignature, MAX_SKEW_SEC } from './signature.js';

export interface SlackFrontDeps {
  receiver: FrontReceiver;
  signingSecret: string;
  logger: Logger;
  metrics: Metrics;
  /** Health and metrics, served beside `/slack/events`. */
  routes?: HttpRoutes | undefined;
  /** True while stopping: new Slack requests get 503, so Slack redelivers them to a running instance. */
  isDraining: () => boolean;
  now?: () => number;
  /** Bytes of unverified bodies read at once before a request is told to come back; tests lower it. */
  unverifiedBudgetBytes?: number;
}

const EVENTS_PATH = '/slack/events';
/** Slash commands and interactivity come as forms; the Events API as JSON. */
const FORM = 'application/x-www-form-urlencoded';
const REFUSAL_WARNING_EVERY_MS = 60_000;
/** Slack's one unsigned request, `ssl_check=1&token=…`, is a few dozen bytes: an unsigned body past this is not read. */
const UNSIGNED_MAX_BYTES = 4 * 1024;
/**
 * Bytes of bodies read at once whose signature is not checked yet (checked once whole): a flood of
 * 1 MB bodies with made-up signatures would otherwise hold as much memory as it had connections.
 * Slack's own requests are a few KB; past this a request is told to come back (503, Retry-After).
 */
const UNVERIFIED_BUDGET_BYTES = 32 * 1024 * 1024;

/**
 * The HTTP server's request listener: health and metrics routes, then everything for Slack, which
 * is checked here before Bolt's receiver gets it: draining, body size and the signature's time
 * (from the headers, before the body is read), `ssl_check`, the signature, and the payload's shape. Every request
 * gets an answer: 4xx for what Slack should not have sent, never a 500 or silence.
 */
export function createSlackFront(deps: SlackFrontDeps): (req: IncomingMessage, res: ServerResponse) => void {
  const { receiver, metrics } = deps;
  const now = deps.now ?? Date.now;
  const logger = deps.logger;
  // Anyone can POST to /slack/events: a scanner's or a flood's unsigned requests, or a wrong
  // SLACK_SIGNING_SECRET refusing every event with its retries, would write a warning each.
  // Once a minute per reason; the rest at debug, and all of them counted in the metrics.
  const firstIn = createFirstIn({ now });
  const warnOnce = (reason: string, message: string, fields?: Record<string, unknown>) =>
    logger[firstIn(reason, REFUSAL_WARNING_EVERY_MS) ? 'warn' : 'debug'](message, fields);
  const refuse = (res: ServerResponse, status: number, reason: string) => {
    metrics.requestRejected('slack', reason);
    // Slack retries a failed event three times; a 400 or 413 would come back the same, so it is
    // told not to (X-Slack-No-Retry). A 401 (a secret or clock being fixed) or a 503 may pass later.
    const final = status === 400 || status === 413 ? NO_RETRY : {};
    if (!res.headersSent) res.writeHead(status, { 'content-type': 'text/plain', ...final });
    res.end(`${reason}\n`);
  };

  const handleEvent = (req: IncomingMessage, res: ServerResponse, raw: Buffer) => {
    const text = raw.toString('utf8');
    const contentType = String(req.headers['content-type'] ?? '');
    // A form (slash commands, interactivity) is parsed once, for ssl_check and for the envelope check.
    const form = contentType.startsWith(FORM) ? parseQuery(text) : undefined;
    // Slack checks the certificate of a slash command URL with an unsigned ssl_check; it wants a 200.
    if (form?.ssl_check === '1') {
      res.writeHead(200).end();
      return;
    }
    // The signature's time was checked with the headers (refuseByHeaders).
    const timestamp = Number(req.headers['x-slack-request-timestamp']);
    const signature = req.headers['x-slack-signature'];
    const valid =
      typeof signature === 'string' &&
      hasValidSlackSignature(deps.signingSecret, { timestampSec: timestamp, signature, body: raw }, now());
    if (!valid) {
      warnOnce(
        'bad_signature',
        'refused a Slack request with a bad or stale signature (check SLACK_SIGNING_SECRET); more within a minute are logged at debug',
      );
      return refuse(res, 401, 'bad_signature');
    }
    const verdict = checkSlackEnvelope(contentType, text, form);
    if (verdict.kind === 'reject') {
      logger.warn('refused a malformed Slack request', { reason: verdict.reason });
      return refuse(res, 400, 'malformed');
    }
    if (verdict.kind === 'ignore') {
      if (verdict.reason === 'app_rate_limited') reportRateLimitNotice(logger, metrics, verdict.body ?? {});
      else logger.debug('acknowledged a Slack envelope sockerr does not use', { reason: verdict.reason });
      res.writeHead(200).end();
      return;
    }
    // Bolt gets the payload parsed here (once), and the raw body beside it for its logs; every
    // request reaches Bolt only through the checks above.
    const buffered = Object.assign(req, { rawBody: raw }) as BufferedIncomingMessage;
    void receiver.dispatch(buffered, res, verdict.body);
  };

  /**
   * What the headers alone refuse, before a byte of the body is read: a body declared too large, an
   * unsigned one larger than ssl_check's, and a signature whose time is too old or in the future.
   */
  const refuseByHeaders = (req: IncomingMessage, res: ServerResponse): boolean => {
    const declared = Number(req.headers['content-length'] ?? Number.NaN);
    const signature = req.headers['x-slack-signature'];
    const timestamp = Number(req.headers['x-slack-request-timestamp']);
    const refuseUnread = (status: number, reason: string) => {
      res.setHeader('connection', 'close');
      refuse(res, status, reason);
      return true;
    };
    if (declared > SLACK_LIMITS.requestBodyBytes) return refuseUnread(413, 'too_large');
    if (typeof signature !== 'string') {
      if (declared <= UNSIGNED_MAX_BYTES) return false; // perhaps ssl_check: read, then checked
      warnOnce('bad_signature', 'refused an unsigned Slack request without reading its body');
      return refuseUnread(401, 'bad_signature');
    }
    // Bolt refuses only old times; one in the future is a replay too, or this host's clock is wrong.
    if (Number.isFinite(timestamp) && timestamp > now() / 1000 + MAX_SKEW_SEC) {
      warnOnce(
        'future_timestamp',
        'refused a Slack request signed in the future (a replay, or this host’s clock is wrong)',
        { aheadSec: Math.round(timestamp - now() / 1000) },
      );
      return refuseUnread(401, 'future_timestamp');
    }
    if (!Number.isInteger(timestamp) || now() / 1000 - timestamp > MAX_SKEW_SEC) {
      warnOnce(
        'bad_signature',
        'refused a Slack request signed too long ago (a replay, or this host’s clock is wrong)',
      );
      return refuseUnread(401, 'bad_signature');
    }
    return false;
  };
  let unverified = 0;
  const budget = deps.unverifiedBudgetBytes ?? UNVERIFIED_BUDGET_BYTES;

  return (req, res) => {
    if (deps.routes?.(req, res)) return;
    const path = (req.url ?? '/').split('?')[0];
    if (path !== EVENTS_PATH || req.method !== 'POST') {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found\n');
      return;
    }
    // Slack sends an event refused with 503 again (to a running instance); a slash command or a
    // button press (a form) it never sends again, so it is answered while replies in flight drain.
    const isForm = String(req.headers['content-type'] ?? '').startsWith(FORM);
    if (deps.isDraining() && !isForm) {
      res.setHeader('retry-after', '5');
      return refuse(res, 503, 'draining');
    }
    if (refuseByHeaders(req, res)) return;
    const chunks: Buffer[] = [];
    let size = 0;
    let held = 0;
    const letGo = () => {
      unverified -= held;
      held = 0;
    };
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > SLACK_LIMITS.requestBodyBytes) return;
      if (unverified + chunk.length > budget) {
        letGo();
        res.setHeader('retry-after', '5');
        res.setHeader('connection', 'close');
        refuse(res, 503, 'busy');
        req.destroy();
        return;
      }
      unverified += chunk.length;
      held += chunk.length;
      chunks.push(chunk);
    });
    req.on('close', letGo);
    req.on('error', () => refuse(res, 400, 'unreadable'));
    req.on('end', () => {
      letGo();
      if (size > SLACK_LIMITS.requestBodyBytes) return refuse(res, 413, 'too_large');
      try {
        handleEvent(req, res, Buffer.concat(chunks));
      } catch (error) {
        logger.error('could not handle a Slack request', { error });
        refuse(res, 400, 'unhandled');
      }
    });
  };
}
