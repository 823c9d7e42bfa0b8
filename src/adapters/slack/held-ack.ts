import type { DeliveryVerdict } from './delivery-verdict.js';

/** How long a message event's ack waits for its verdict by default: Slack allows 3 s, over HTTP and Socket Mode alike. */
export const DEFAULT_VERDICT_WAIT_MS = 2000;

/** A message event's ack, held by its receiver until the delivery's verdict comes. */
export interface HeldAck {
  /** What Bolt calls for the event (at once, before the listeners run): noted, answered later. */
  ack: () => Promise<void>;
  /** Handed to the message handler (as a custom property): the verdict, told once decided. */
  settle: (verdict: DeliveryVerdict) => void;
}

/**
 * Holds an event's ack until its verdict comes, or `waitMs` passes (then it is taken: a decision
 * still running, such as a file being read, is under way, and Slack's deadline is near).
 * `processing` runs Bolt with the held ack; `verdict` resolves with the verdict, `null` when Bolt
 * failed on the event before any came; `acked` tells whether Bolt called the ack (it does for every
 * event it could read).
 */
export function holdAck(
  waitMs: number,
  processing: (held: HeldAck) => Promise<void>,
): { verdict: Promise<DeliveryVerdict | null>; acked: () => boolean; processed: Promise<void> } {
  let settle: (verdict: DeliveryVerdict) => void = () => undefined;
  const reported = new Promise<DeliveryVerdict>((resolve) => {
    settle = resolve;
  });
  let acked = false;
  const processed = processing({
    ack: async () => {
      acked = true;
    },
    settle: (value) => settle(value),
  });
  const timer = setTimeout(() => settle('taken'), waitMs);
  const verdict = Promise.race([
    reported,
    processed.then(
      () => 'taken' as const,
      () => null,
    ),
  ]).finally(() => clearTimeout(timer));
  return { verdict, acked: () => acked, processed };
}

/** Verdicts that leave the event unacknowledged, for Slack to send it again. */
export function asksRedelivery(
  verdict: DeliveryVerdict | null,
): verdict is Exclude<DeliveryVerdict, 'taken'> {
  return verdict === 'store_unavailable' || verdict === 'in_progress';
}
