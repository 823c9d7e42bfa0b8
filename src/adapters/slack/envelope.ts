import { type ParsedUrlQuery, parse as parseQuery } from 'node:querystring';
import * as v from 'valibot';
import { checkPayload } from './check-payload.js';

/**
 * What to do with a correctly signed request before Bolt sees it: hand it to Bolt, answer 200 and
 * do nothing (Slack's `app_rate_limited` notice, envelope types sockerr does not use), or refuse
 * it with 400 because Bolt would fail on it (a `null` body, an `event` that is not an object,
 * `actions: null`…) and answer 500 or never.
 */
export type EnvelopeVerdict =
  /** `body`: the payload as Bolt reads it (the JSON body, the form, or the form's JSON `payload`). */
  | { kind: 'bolt'; body: Record<string, unknown> }
  | { kind: 'ignore'; reason: string; body?: Record<string, unknown> }
  | { kind: 'reject'; reason: string };

/** A JSON object: not null, not an array. */
const isObject = (value: unknown) => typeof value === 'object' && value !== null && !Array.isArray(value);
/** A JSON object that keeps every key (Bolt reads the body as given). */
const loose = <E extends v.ObjectEntries>(entries: E) =>
  v.pipe(v.custom<object>(isObject, 'Invalid type: Expected Object'), v.looseObject(entries));
const object = loose({});
/**
 * Team and enterprise ids as Slack writes them (`T024BE7LD`, `E0AB…`). Bolt keys a plain object of
 * clients by the team id, so a signed `team_id` of `toString` or `__proto__` would answer 500.
 */
const workspaceId = v.pipe(v.string(), v.regex(/^[A-Z0-9]{1,64}$/));
/** `team`, `enterprise`: Bolt reads `.id` from them when present. */
const workspaceRef = v.nullish(loose({ id: v.optional(workspaceId) }));
/** `channel`: Bolt reads `.id` from it when present (never null). */
const ref = v.optional(loose({ id: v.optional(v.string()) }));
/** An event's `channel` is an id or a channel object; Bolt looks into it with `in`. */
const eventChannel = v.optional(v.union([v.string(), object]));

const eventsApi = v.variant('type', [
  v.object({
    type: v.literal('event_callback'),
    event: loose({
      type: v.string(),
      channel: eventChannel,
      item: v.optional(object),
      channel_id: v.optional(v.string()),
    }),
    event_id: v.optional(v.string()),
    team_id: v.optional(workspaceId),
    enterprise_id: v.nullish(workspaceId),
    authorizations: v.optional(
      v.array(loose({ team_id: v.nullish(workspaceId), enterprise_id: v.nullish(workspaceId) })),
    ),
  }),
  v.object({ type: v.literal('url_verification'), challenge: v.string() }),
]);

/** Interactivity: shortcuts, buttons, modals. Bolt reads the user, team and the first action. */
const interactive = v.pipe(
  v.object({
    type: v.string(),
    user: loose({ id: v.string(), team_id: v.optional(workspaceId) }),
    team: workspaceRef,
    enterprise: workspaceRef,
    channel: ref,
    actions: v.optional(v.pipe(v.array(object), v.minLength(1))),
    view: v.optional(loose({ app_installed_team_id: v.nullish(workspaceId) })),
  }),
  v.check(
    (p) => !['block_actions', 'interactive_message'].includes(p.type) || p.actions !== undefined,
    'actions must be a list of actions',
  ),
  v.check((p) => !p.type.startsWith('view_') || p.view !== undefined, 'view is missing'),
);

/** A slash command: form fields, each once. */
const command = v.object({
  command: v.string(),
  text: v.optional(v.string()),
  user_id: v.string(),
  channel_id: v.string(),
  team_id: v.optional(workspaceId),
  enterprise_id: v.optional(workspaceId),
  response_url: v.optional(v.string()),
});

/** Any envelope: an object with a `type`. */
const typedEnvelope = loose({ type: v.string() });

function parseJson(raw: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(raw) };
  } catch {
    return { ok: false };
  }
}

/**
 * Checks a request body the way Bolt will read it (JSON, a form, or a form with a JSON `payload`).
 * `parsed` is the form already parsed from `raw` by the caller, so it is not parsed twice.
 */
export function checkSlackEnvelope(
  contentType: string,
  raw: string,
  parsed?: ParsedUrlQuery,
): EnvelopeVerdict {
  if (contentType.startsWith('application/x-www-form-urlencoded')) {
    const form = parsed ?? parseQuery(raw);
    if (typeof form.payload === 'string') {
      const payload = parseJson(form.payload);
      if (!payload.ok) return { kind: 'reject', reason: 'payload is not JSON' };
      const checked = checkPayload(interactive, payload.value);
      return checked.success
        ? { kind: 'bolt', body: payload.value as Record<string, unknown> }
        : { kind: 'reject', reason: checked.issue };
    }
    if (form.payload !== undefined) return { kind: 'reject', reason: 'payload must be sent once' };
    const checked = checkPayload(command, form);
    return checked.success ? { kind: 'bolt', body: form } : { kind: 'reject', reason: checked.issue };
  }
  const body = parseJson(raw);
  if (!body.ok) return { kind: 'reject', reason: 'body is not JSON' };
  const known = checkPayload(eventsApi, body.value);
  if (known.success) return { kind: 'bolt', body: body.value as Record<string, unknown> };
  const typed = checkPayload(typedEnvelope, body.value);
  if (!typed.success) return { kind: 'reject', reason: typed.issue };
  // Slack's notice that it drops this app's events for a while: it asks for a 200 like any event.
  if (typed.data.type === 'app_rate_limited')
    return { kind: 'ignore', reason: 'app_rate_limited', body: typed.data };
  if (['event_callback', 'url_verification'].includes(typed.data.type)) {
    return { kind: 'reject', reason: known.issue };
  }
  // A well-formed envelope of a kind sockerr does not use: acknowledged, so Slack keeps sending events.
  return { kind: 'ignore', reason: `unhandled envelope type ${typed.data.type.slice(0, 40)}` };
}
