import type { ServerResponse } from 'node:http';
import {
  type App,
  type Logger as BoltLogger,
  type BufferedIncomingMessage,
  HTTPModuleFunctions,
  HTTPResponseAck,
  type Receiver,
} from '@slack/bolt';
import { DELIVERY_VERDICT_KEY, waitsForVerdict } from './delivery-verdict.js';
import { asksRedelivery, DEFAULT_VERDICT_WAIT_MS, holdAck } from './held-ack.js';

/** Slack's Events API header for "this failure is final": Slack then skips its three retries. */
export const NO_RETRY = { 'x-slack-no-retry': '1' } as const;

/**
 * Bolt's receiver for sockerr's own HTTP front (`http-front.ts`): the front reads the body, checks
 * the signature and parses the payload once, and hands Bolt that payload here. Bolt's HTTPReceiver
 * would read and parse the same body again for every request; this receiver is built, as Bolt's
 * receiver interface intends, from Bolt's own parts: `HTTPResponseAck` (the ack, its 404 when no
 * listener acknowledges in time) and `HTTPModuleFunctions` (the url_verification answer, retries).
 */
export interface FrontReceiver extends Receiver {
  /** Runs Bolt for one checked request whose payload is `body`; it answers `res`, never throws. */
  dispatch(req: BufferedIncomingMessage, res: ServerResponse, body: Record<string, unknown>): Promise<void>;
}

export interface FrontReceiverOptions {
  logger: BoltLogger;
  /** How long Bolt waits for a listener to acknowledge a request before answering 404. */
  unhandledRequestTimeoutMs: number;
  /**
   * Told when Bolt could not process a request. The payload was signed and checked, and every
   * listener catches its own failures: what still fails is a payload Bolt cannot read.
   */
  onUnreadable?: () => void;
  /** Told when a message event is answered 503 for Slack to send again (the store could not be used). */
  onRedeliver?: (why: 'store_unavailable' | 'in_progress') => void;
  /** The longest a message event's ack waits for its delivery's verdict. Default 2 s (Slack allows 3). */
  verdictWaitMs?: number;
}

export function createFrontReceiver(options: FrontReceiverOptions): FrontReceiver {
  const { logger } = options;
  let bolt: App | undefined;
  return {
    init(app) {
      bolt = app;
    },
    // sockerr's own server listens and closes (entry.ts): there is nothing to start or stop here.
    start: async () => undefined,
    stop: async () => undefined,
    async dispatch(req, res, body) {
      if (body.type === 'url_verification') {
        HTTPModuleFunctions.buildUrlVerificationResponse(res, body);
        return;
      }
      if (!bolt) throw new Error('the front receiver was not given to a Bolt App');
      // Built when the answer is due: its timer (a 404 for a request nobody acknowledges) starts then.
      const httpAck = () =>
        new HTTPResponseAck({
          logger,
          processBeforeResponse: false,
          unhandledRequestTimeoutMillis: options.unhandledRequestTimeoutMs,
          httpRequest: req,
          httpRequestBody: body,
          httpResponse: res,
        }).bind();
      const retryNum = HTTPModuleFunctions.extractRetryNumFromHTTPRequest(req);
      const retryReason = HTTPModuleFunctions.extractRetryReasonFromHTTPRequest(req);
      const event = (ack: () => Promise<void>, customProperties: Record<string, unknown> = {}) => ({
        body,
        ack,
        ...(retryNum === undefined ? {} : { retryNum }),
        ...(retryReason === undefined ? {} : { retryReason }),
        customProperties,
      });
      let processing: Promise<void>;
      if (!waitsForVerdict(body)) processing = bolt.processEvent(event(httpAck()));
      else {
        const app = bolt;
        const held = holdAck(options.verdictWaitMs ?? DEFAULT_VERDICT_WAIT_MS, ({ ack, settle }) =>
          app.processEvent(event(ack, { [DELIVERY_VERDICT_KEY]: settle })),
        );
        processing = held.processed;
        const verdict = await held.verdict;
        if (asksRedelivery(verdict)) {
          options.onRedeliver?.(verdict);
          res.writeHead(503, { 'content-type': 'text/plain' }).end(`${verdict}\n`);
        } else if (verdict === 'taken' || held.acked()) await httpAck()();
      }
      try {
        await processing;
      } catch (error) {
        // A 400, not a 500, and no retry asked for (X-Slack-No-Retry): the same payload would fail again.
        logger.warn(
          `Bolt could not process a Slack request; answered 400: ${error instanceof Error ? error.message : String(error)}`,
        );
        options.onUnreadable?.();
        if (!res.headersSent)
          res.writeHead(400, { 'content-type': 'text/plain', ...NO_RETRY }).end('malformed\n');
      }
    },
  };
}
