/**
 * What became of a message event's delivery, told by the message handler to the front receiver,
 * which holds the event's ack (its HTTP answer) until then: `taken` when it was decided (answered,
 * or rightly left alone); not yet, for Slack to send it again, when the store could not be used
 * (`store_unavailable`) or another decision holds the message and has posted nothing yet
 * (`in_progress`: that process may have died). Slack sends an event again only when its delivery
 * was not acknowledged with a 2xx: an event acknowledged at once and then not decided was lost.
 */
export type DeliveryVerdict = 'taken' | 'store_unavailable' | 'in_progress';

/** The Bolt context key (a custom property) under which the receiver hands over its `settle`. */
export const DELIVERY_VERDICT_KEY = 'sockerrDeliveryVerdict';

/** Events whose ack waits for the verdict: those the message handler decides on from their text. */
const DECIDED_EVENTS = new Set(['message', 'app_mention']);

/** Whether this Events API payload's ack waits for its delivery's verdict. */
export function waitsForVerdict(body: Record<string, unknown>): boolean {
  if (body.type !== 'event_callback') return false;
  const event = body.event as { type?: unknown } | undefined;
  return typeof event?.type === 'string' && DECIDED_EVENTS.has(event.type);
}

/** Tells the receiver holding this request's ack the verdict; nothing when none waits (Socket Mode, warm-up). */
export function reportDeliveryVerdict(context: Record<string, unknown>, verdict: DeliveryVerdict): void {
  const settle = context[DELIVERY_VERDICT_KEY];
  if (typeof settle === 'function') (settle as (verdict: DeliveryVerdict) => void)(verdict);
}

/**
 * How long into a store outage message events are refused for Slack to send again. Slack tries
 * an event four times within about 5 minutes, and disables an app's event subscriptions when
 * fewer than 5% of its deliveries in an hour got a 2xx: past this, an outage has outlasted what
 * retries can save, and events are acknowledged (and left unanswered) rather than risk that.
 */
const REFUSE_FOR_MS = 10 * 60_000;

/** The verdict for each decision, refusing store outages only in their first minutes. */
export function createVerdicts(now: () => number = Date.now) {
  let downSince: number | undefined;
  return (reason: string | undefined): DeliveryVerdict => {
    if (reason === 'in-progress') return 'in_progress';
    if (reason !== 'store-unavailable') {
      downSince = undefined;
      return 'taken';
    }
    downSince ??= now();
    return now() - downSince < REFUSE_FOR_MS ? 'store_unavailable' : 'taken';
  };
}
