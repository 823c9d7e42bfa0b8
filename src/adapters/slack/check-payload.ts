import * as v from 'valibot';

/** A payload checked at the adapter boundary: its typed value, or why it was refused. */
export type CheckedPayload<T> = { success: true; data: T } | { success: false; issue: string };

/** The most of a key of the path said (a record's keys are the sender's). */
const KEY_CHARS = 40;

/**
 * `path: what was wrong` of a check's first issue (`body` when the payload itself is wrong). Valibot's
 * own messages repeat the value received, which the sender wrote (any length, any text): only what was
 * expected is said, or the check's own message where sockerr wrote one.
 */
function describeIssue(issues: readonly v.BaseIssue<unknown>[]): string {
  const first = issues[0];
  if (!first) return 'malformed';
  const path = first.path?.map((item) => String(item.key).slice(0, KEY_CHARS)).join('.');
  const own = first.type === 'check' || first.type === 'custom';
  const expected = first.expected === null ? '' : ` (expected ${first.expected})`;
  return `${path || 'body'}: ${own ? first.message : `invalid ${first.type}${expected}`}`;
}

/**
 * Checks `value` against `schema` (Valibot's own `safeParse`). Only the first issue is described, as
 * the log line and the refusal say it; nothing of the payload's values travels further.
 */
export function checkPayload<S extends v.GenericSchema>(
  schema: S,
  value: unknown,
): CheckedPayload<v.InferOutput<S>> {
  const result = v.safeParse(schema, value);
  return result.success
    ? { success: true, data: result.output }
    : { success: false, issue: describeIssue(result.issues) };
}
