import * as v from 'valibot';
import { SLACK_LIMITS } from './limits.js';

/** Fields that recur in Slack payloads, checked the same way wherever they appear. */

/** A Slack id (`C…`, `U…`, a `ts`): present and of a sane length. */
export const slackId = v.pipe(v.string(), v.minLength(1), v.maxLength(SLACK_LIMITS.inbound.id));

/** An id sockerr can do without: a wrong type reads as absent. */
export const optionalId = v.fallback(v.optional(slackId), undefined);

/** A field read only for its text: a wrong type reads as absent. */
export const optionalText = v.fallback(v.optional(v.string()), undefined);

/** A list sockerr can do without: a wrong type reads as absent, and at most `max` items are read. */
export const cappedList = <T extends v.GenericSchema>(item: T, max: number) =>
  v.optional(
    v.fallback(
      v.pipe(
        v.unknown(),
        v.transform((value) => (Array.isArray(value) ? value.slice(0, max) : undefined)),
        v.optional(v.array(item)),
      ),
      undefined,
    ),
  );
