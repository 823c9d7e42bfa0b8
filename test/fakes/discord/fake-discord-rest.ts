import type { IncomingMessage, ServerResponse } from 'node:http';
import { normaliseCommand } from './fake-discord-commands.js';
import type { FakeWorld } from './fake-discord-world.js';

/** One REST call the fake received; `path` is relative to `/api/v10`. */
export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  authorization: string | undefined;
  body: unknown;
  status: number;
  /** What the fake answered (a created message, with its id). */
  response?: unknown;
}

type Json = Record<string, unknown>;
type Reply = { status: number; body?: unknown; headers?: Record<string, string> };

/** A scripted answer for matching requests: a status with body and headers, or no answer at all. */
export interface RestFault {
  status?: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** Never answer (a hung Discord): the client's own timeout has to end the request. */
  hang?: boolean;
}

/** Discord's documented 429: a JSON body with `retry_after` (seconds) and the same in `Retry-After`. */
export function rateLimitedFault(retryAfterSec: number): RestFault {
  return {
    status: 429,
    body: { message: 'You are being rate limited.', retry_after: retryAfterSec, global: false },
    headers: { 'retry-after': String(retryAfterSec), 'x-ratelimit-scope': 'user' },
  };
}
type Route = (match: RegExpExecArray, body: Json, query: URLSearchParams) => Reply;

/** The REST half of the fake: the routes sockerr's adapter and command registration use. */
export interface FakeRest {
  readonly requests: RecordedRequest[];
  /** Registered commands by scope: `global` or a guild id, as Discord would return them. */
  readonly commands: Map<string, Json[]>;
  /** Answers requests matching `method` and `path` with `fault`: `times` times, or until healed. */
  fail(method: string, path: RegExp, fault: RestFault, times?: number): void;
  /** Ends every scripted fault. */
  heal(): void;
  handle(req: IncomingMessage, res: ServerResponse): Promise<void>;
}

const PREFIX = '/api/v10';

export function createFakeRest(world: FakeWorld, gatewayUrl: () => string): FakeRest {
  const requests: RecordedRequest[] = [];
  const commands = new Map<string, Json[]>();
  const faults: { method: string; path: RegExp; fault: RestFault; left: number }[] = [];
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
  const denied = (channelId: string): Reply | undefined => {
    const code = world.deniedChannels.get(channelId);
    if (code === undefined) return undefined;
    const text = code === 50001 ? 'Missing Access' : 'Missing Permissions';
    return { status: 403, body: { message: text, code } };
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

  const routes: [string, RegExp, Route][] = [
    ['GET', /^\/gateway\/bot$/, () => ({ status: 200, body: gatewayInfo(gatewayUrl()) })],
    ['GET', /^\/users\/@me$/, () => ({ status: 200, body: botUser })],
    [
      'POST',
      /^\/channels\/(\d+)\/messages$/,
      ([, channelId = ''], body) => denied(channelId) ?? { status: 200, body: message(channelId, body) },
    ],
    // A bot may delete its own messages without Manage Messages.
    ['DELETE', /^\/channels\/(\d+)\/messages\/\d+$/, ([, c = '']) => denied(c) ?? { status: 204 }],
    [
      'PUT',
      /^\/channels\/(\d+)\/messages\/\d+\/reactions\/[^/]+\/@me$/,
      ([, c = '']) => denied(c) ?? { status: 204 },
    ],
    ['POST', /^\/interactions\/\d+\/[^/]+\/callback$/, () => ({ status: 204 })],
    [
      'PATCH',
      /^\/webhooks\/\d+\/[^/]+\/messages\/@original$/,
      (_m, body) => ({ status: 200, body: message(FAKE_CHANNEL_OF_WEBHOOK, body) }),
    ],
    ['DELETE', /^\/webhooks\/\d+\/[^/]+\/messages\/@original$/, () => ({ status: 204 })],
    [
      'POST',
      /^\/webhooks\/\d+\/[^/]+$/,
      (_m, body) => ({ status: 200, body: message(FAKE_CHANNEL_OF_WEBHOOK, body) }),
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

  const scripted = (method: string, path: string): RestFault | undefined => {
    const found = faults.find((f) => f.method === method && f.path.test(path) && f.left > 0);
    if (found) found.left -= 1;
    return found?.fault;
  };

  return {
    requests,
    commands,
    fail(method, path, fault, times = Number.POSITIVE_INFINITY) {
      faults.push({ method, path, fault, left: times });
    },
    heal: () => void faults.splice(0),
    async handle(req, res) {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const raw = await readBody(req);
      const body = raw ? (JSON.parse(raw) as Json) : {};
      // Clients percent-encode some segments (`%40original`, emoji); Discord routes the decoded path.
      const pathname = decodeURIComponent(url.pathname);
      const path = pathname.startsWith(PREFIX) ? pathname.slice(PREFIX.length) : pathname;
      const authorization = req.headers.authorization;
      let reply: Reply = { status: 404, body: { message: '404: Not Found', code: 0 } };
      const fault = scripted(req.method ?? '', path);
      if (fault?.hang) {
        requests.push({
          method: req.method ?? '',
          path,
          query: url.searchParams,
          authorization: req.headers.authorization,
          body,
          status: 0,
        });
        return;
      }
      if (fault)
        reply = {
          status: fault.status ?? 500,
          body: fault.body ?? { message: 'scripted', code: 0 },
          ...(fault.headers ? { headers: fault.headers } : {}),
        };
      else
        for (const [method, pattern, route] of routes) {
          const match = pattern.exec(path);
          if (!match || method !== req.method) continue;
          // Interaction callbacks and webhook tokens carry their own authority; everything else needs the bot token.
          const needsToken = !/^\/(interactions|webhooks)\//.test(path);
          reply =
            needsToken && authorization !== `Bot ${world.token}`
              ? { status: 401, body: { message: '401: Unauthorized', code: 0 } }
              : route(match, body, url.searchParams);
          break;
        }
      requests.push({
        method: req.method ?? '',
        path,
        query: url.searchParams,
        authorization,
        body,
        status: reply.status,
        response: reply.body,
      });
      res.statusCode = reply.status;
      for (const [name, value] of Object.entries(reply.headers ?? {})) res.setHeader(name, value);
      if (reply.body === undefined) {
        res.end();
        return;
      }
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify(reply.body));
    },
  };
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

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
