import { type ParsedUrlQuery, parse as parseQuery } from 'node:querystring';
import { z } from 'zod';

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

const object = z.object({}).loose();
/**
 * Team and enterprise ids as Slack writes them (`T024BE7LD`, `E0AB…`). Bolt keys a plain object of
 * clients by the team id, so a signed `team_id` of `toString` or `__proto__` would answer 500.
 */
const workspaceId = z.string().regex(/^[A-Z0-9]{1,64}$/);
/** `team`, `enterprise`: Bolt reads `.id` from them when present. */
const workspaceRef = z.object({ id: workspaceId.optional() }).loose().nullable().optional();
/** `channel`: Bolt reads `.id` from it when present (never null). */
const ref = z.object({ id: z.string().optional() }).loose().optional();
/** An event's `channel` is an id or a channel object; Bolt looks into it with `in`. */
const eventChannel = z.union([z.string(), object]).optional();

const eventsApi = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('event_callback'),
    event: z
      .object({
        type: z.string(),
        channel: eventChannel,
        item: object.optional(),
        channel_id: z.string().optional(),
      })
      .loose(),
    event_id: z.string().optional(),
    team_id: workspaceId.optional(),
    enterprise_id: workspaceId.nullable().optional(),
    authorizations: z
      .array(
        z
          .object({
            team_id: workspaceId.nullable().optional(),
            enterprise_id: workspaceId.nullable().optional(),
          })
          .loose(),
      )
      .optional(),
  }),
  z.object({ type: z.literal('url_verification'), challenge: z.string() }),
]);

/** Interactivity: shortcuts, buttons, modals. Bolt reads the user, team and the first action. */
const interactive = z
  .object({
    type: z.string(),
    user: z.object({ id: z.string(), team_id: workspaceId.optional() }).loose(),
    team: workspaceRef,
    enterprise: workspaceRef,
    channel: ref,
    actions: z.array(object).min(1).optional(),
    view: z.object({ app_installed_team_id: workspaceId.nullable().optional() }).loose().optional(),
  })
  .refine((p) => !['block_actions', 'interactive_message'].includes(p.type) || p.actions !== undefined, {
    message: 'actions must be a list of actions',
  })
  .refine((p) => !p.type.startsWith('view_') || p.view !== undefined, { message: 'view is missing' });

/** A slash command: form fields, each once. */
const command = z.object({
  command: z.string(),
  text: z.string().optional(),
  user_id: z.string(),
  channel_id: z.string(),
  team_id: workspaceId.optional(),
  enterprise_id: workspaceId.optional(),
  response_url: z.string().optional(),
});

const issue = (error: z.ZodError) => {
  const first = error.issues[0];
  return first ? `${first.path.join('.') || 'body'}: ${first.message}` : 'malformed';
};

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
      const checked = interactive.safeParse(payload.value);
      return checked.success
        ? { kind: 'bolt', body: payload.value as Record<string, unknown> }
        : { kind: 'reject', reason: issue(checked.error) };
    }
    if (form.payload !== undefined) return { kind: 'reject', reason: 'payload must be sent once' };
    const checked = command.safeParse(form);
    return checked.success ? { kind: 'bolt', body: form } : { kind: 'reject', reason: issue(checked.error) };
  }
  const body = parseJson(raw);
  if (!body.ok) return { kind: 'reject', reason: 'body is not JSON' };
  const known = eventsApi.safeParse(body.value);
  if (known.success) return { kind: 'bolt', body: body.value as Record<string, unknown> };
  const typed = z.object({ type: z.string() }).loose().safeParse(body.value);
  if (!typed.success) return { kind: 'reject', reason: issue(typed.error) };
  // Slack's notice that it drops this app's events for a while: it asks for a 200 like any event.
  if (typed.data.type === 'app_rate_limited')
    return { kind: 'ignore', reason: 'app_rate_limited', body: typed.data };
  if (['event_callback', 'url_verification'].includes(typed.data.type)) {
    return { kind: 'reject', reason: issue(known.error) };
  }
  // A well-formed envelope of a kind sockerr does not use: acknowledged, so Slack keeps sending events.
  return { kind: 'ignore', reason: `unhandled envelope type ${typed.data.type.slice(0, 40)}` };
}
