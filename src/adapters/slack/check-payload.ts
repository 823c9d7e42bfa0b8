import * as v from 'valibot';

/** A payload checked at the adapter boundary: its typed value, or why it was refused. */
export type CheckedPayload<T> = { success: true; data: T } | { success: false; issue: string };

/** `path: message` of a check's first issue (`body` when the payload itself is wrong). */
function describeIssue(issues: readonly v.BaseIssue<unknown>[]): string {
  const first = issues[0];
  if (!first) return 'malformed';
  const path = first.path?.map((item) => String(item.key)).join('.');
  return `${path || 'body'}: ${first.message}`;
}

/**
 * Checks `value` against `schema` (Valibot's own `safeParse`). Only the first issue is described:
 * it is logged, and the payload may hold user text, so neither the payload nor the issues' copies
 * of its values travel further.
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
