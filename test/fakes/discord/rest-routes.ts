import { checkChoices, checkMessageBody, invalidFormBody } from './check-message-body.js';
import { normaliseCommand } from './fake-discord-commands.js';
import type { FakeWorld } from './fake-discord-world.js';

type Json = Record<string, unknown>;
/** What a route answers: a status, and a JSON body and headers when it has them. */
export type RestReply = { status: number; body?: unknown; headers?: Record<string, string> };
type Route = (match: RegExpExecArray, body: Json, query: URLSearchParams) => RestReply;

/**
 * The REST routes sockerr's adapter and command registration use, as method, path pattern and answer.
 * `commands` is the fake's store of registered commands by scope, which tests read too.
 */
export function createRestRoutes(
  world: FakeWorld,
  gatewayUrl: () => string,
  commands: Map<string, Json[]>,
): [string, RegExp, Route][] {
  let nextId = 1n;
  const snowflake = () => String(2_000_000_000_000_000_000n + nextId++);
  const botUser = {
    id: world.botUserId,
    username: 'sockerr',
    discriminator: '0',
    global_name: null,
    avatar: null,
    bot: true,
    public_flags: 0,
  };
  const message = (channelId: string, body: Json, extra: Json = {}): Json => ({
    id: snowflake(),
    type: body.message_reference ? 19 : 0,
    channel_id: channelId,
    author: botUser,
    content: body.content ?? '',
    embeds: body.embeds ?? [],
    components: body.components ?? [],
    attachments: [],
    mentions: [],
    mention_roles: [],
    mention_everyone: false,
    pinned: false,
    tts: false,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    flags: body.flags ?? 0,
    ...(body.message_reference ? { message_reference: body.message_reference } : {}),
    ...extra,
  });
  /**
   * Create Message with `enforce_nonce`: a nonce the same author used in the past few minutes
   * returns that message and creates none (the fake remembers nonces for its whole life).
   */
  const byNonce = new Map<string, Json>();
  const createMessage = (channelId: string, body: Json): Json => {
    const nonce = body.enforce_nonce === true && body.nonce !== undefined ? String(body.nonce) : undefined;
    const earlier = nonce === undefined ? undefined : byNonce.get(nonce);
    if (earlier) return earlier;
    const created = message(channelId, body, nonce === undefined ? {} : { nonce });
    if (nonce !== undefined) byNonce.set(nonce, created);
    world.createdMessages.push(created);
    return created;
  };
  /** A message deleted once is gone: deleting it again is 404, 10008 Unknown Message. */
  const deleted = new Set<string>();
  const deleteMessage = (id: string): RestReply => {
    if (deleted.has(id)) return { status: 404, body: { message: 'Unknown Message', code: 10008 } };
    deleted.add(id);
    return { status: 204 };
  };
  const denied = (channelId: string, body?: Json): RestReply | undefined => {
    const code = world.deniedChannels.get(channelId);
    if (code === undefined) return undefined;
    // Without Read Message History only a reply is refused, and with its own code.
    if (code === 160002) {
      if (!body?.message_reference) return undefined;
      const text = 'Cannot reply without permission to read message history';
      return { status: 403, body: { message: text, code } };
    }
    const text = code === 50001 ? 'Missing Access' : 'Missing Permissions';
    return { status: 403, body: { message: text, code } };
  };
  /**
   * A reply to a message deleted meanwhile: Discord refuses it unless `fail_if_not_exists` is false,
   * in which case it posts a plain message. The body is Discord's (DiscordAPIError[50035]: Invalid
   * Form Body, message_reference[MESSAGE_REFERENCE_UNKNOWN_MESSAGE]: Unknown message).
   */
  const goneReference = (channelId: string, body: Json): RestReply | undefined => {
    const reference = body.message_reference as Json | undefined;
    if (!reference || !world.deletedMessages.has(String(reference.message_id))) return undefined;
    if (reference.fail_if_not_exists === false) {
      const { message_reference, ...plain } = body;
      return { status: 200, body: createMessage(channelId, plain) };
    }
    const unknown = { code: 'MESSAGE_REFERENCE_UNKNOWN_MESSAGE', message: 'Unknown message' };
    const errors = { message_reference: { _errors: [unknown] } };
    return { status: 400, body: { message: 'Invalid Form Body', code: 50035, errors } };
  };
  /** Discord's 50035 for a message body over one of its limits, or undefined when it takes it. */
  const refused = (body: Json, edit = false): RestReply | undefined => {
    const problems = checkMessageBody(body);
    // An edit may leave content, embeds and components as they were.
    if (edit && problems.content === 'Cannot send an empty message') delete problems.content;
    return Object.keys(problems).length > 0 ? invalidFormBody(problems) : undefined;
  };
  /** An interaction's answer: a message (4, 7), an autocomplete answer (8); deferrals carry none. */
  const refusedAnswer = (body: Json): RestReply | undefined => {
    const data = (body.data ?? {}) as Json;
    if (body.type === 4) return refused(data);
    if (body.type === 7) return refused(data, true);
    if (body.type !== 8) return undefined;
    const problems = checkChoices(data);
    return Object.keys(problems).length > 0 ? invalidFormBody(problems) : undefined;
  };
  /** Discord takes one answer per interaction: a second (another process on the token) gets 40060. */
  const answered = new Set<string>();
  const answerOnce = (id: string, body: Json): RestReply => {
    const refusal = refusedAnswer(body);
    if (refusal) return refusal;
    if (answered.has(id))
      return { status: 400, body: { message: 'Interaction has already been acknowledged.', code: 40060 } };
    answered.add(id);
    return { status: 204 };
  };
  const saveCommands = (scope: string, list: Json[]): Json[] => {
    const previous = commands.get(scope) ?? [];
    const saved = list.map((cmd) => normaliseCommand(cmd, scope, world.applicationId, previous, snowflake));
    commands.set(scope, saved);
    return saved;
  };
  const listCommands = (scope: string, query: URLSearchParams): Json[] => {
    const list = commands.get(scope) ?? [];
    if (query.get('with_localizations') === 'true') return list;
    // Without the flag Discord leaves the localisation maps out.
    return list.map(({ name_localizations, description_localizations, ...rest }) => rest);
  };

  return [
    ['GET', /^\/gateway\/bot$/, () => ({ status: 200, body: gatewayInfo(gatewayUrl()) })],
    ['GET', /^\/users\/@me$/, () => ({ status: 200, body: botUser })],
    [
      'POST',
      /^\/channels\/(\d+)\/messages$/,
      ([, channelId = ''], body) =>
        denied(channelId, body) ??
        refused(body) ??
        goneReference(channelId, body) ?? { status: 200, body: createMessage(channelId, body) },
    ],
    // A bot may delete its own messages without Manage Messages.
    [
      'DELETE',
      /^\/channels\/(\d+)\/messages\/(\d+)$/,
      ([, c = '', id = '']) => denied(c) ?? deleteMessage(id),
    ],
    // A reaction to a message deleted meanwhile: 404, 10008 Unknown Message.
    [
      'PUT',
      /^\/channels\/(\d+)\/messages\/(\d+)\/reactions\/[^/]+\/@me$/,
      ([, c = '', id = '']) =>
        denied(c) ??
        (world.deletedMessages.has(id)
          ? { status: 404, body: { message: 'Unknown Message', code: 10008 } }
          : { status: 204 }),
    ],
    ['POST', /^\/interactions\/(\d+)\/[^/]+\/callback$/, ([, id = ''], body) => answerOnce(id, body)],
    [
      'PATCH',
      /^\/webhooks\/\d+\/[^/]+\/messages\/@original$/,
      (_m, body) => refused(body, true) ?? { status: 200, body: message(FAKE_CHANNEL_OF_WEBHOOK, body) },
    ],
    ['DELETE', /^\/webhooks\/\d+\/[^/]+\/messages\/@original$/, () => ({ status: 204 })],
    [
      'POST',
      /^\/webhooks\/\d+\/[^/]+$/,
      (_m, body) => refused(body) ?? { status: 200, body: message(FAKE_CHANNEL_OF_WEBHOOK, body) },
    ],
    [
      'GET',
      /^\/applications\/(\d+)\/commands$/,
      (_m, _b, q) => ({ status: 200, body: listCommands('global', q) }),
    ],
    [
      'GET',
      /^\/applications\/\d+\/guilds\/(\d+)\/commands$/,
      ([, guild = ''], _b, q) => ({ status: 200, body: listCommands(guild, q) }),
    ],
    [
      'PUT',
      /^\/applications\/\d+\/commands$/,
      (_m, body) => ({ status: 200, body: saveCommands('global', body as unknown as Json[]) }),
    ],
    [
      'PUT',
      /^\/applications\/\d+\/guilds\/(\d+)\/commands$/,
      ([, guild = ''], body) => ({ status: 200, body: saveCommands(guild, body as unknown as Json[]) }),
    ],
  ];
}

/** Interaction webhooks do not name their channel; the fake's replies all live in #incidents. */
const FAKE_CHANNEL_OF_WEBHOOK = '1300000000000000001';

function gatewayInfo(url: string): Json {
  return {
    url,
    shards: 1,
    session_start_limit: { total: 1000, remaining: 999, reset_after: 14_400_000, max_concurrency: 1 },
  };
}
