import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { checkSlackMessage } from './check-slack-message.js';
import { createFakeSlackWorkspace, type FakeSlackWorkspace } from './fake-slack-workspace.js';
import { attachFakeSocketMode, type FakeSocketMode } from './fake-socket-mode.js';

/** One Web API call as the fake received it. */
export interface RecordedCall {
  method: string;
  params: Record<string, unknown>;
  /** The bearer token the call was made with. */
  token: string | undefined;
  /** What the fake answered. */
  status: number;
  response: Record<string, unknown>;
}

/** One POST to a `response_url` (Bolt's `respond()`). */
export interface ResponsePost {
  id: string;
  body: Record<string, unknown>;
}

/** A scripted answer for the next call(s) of a method. */
interface FakeFailure {
  status?: number;
  headers?: Record<string, string>;
  body?: Record<string, unknown>;
  /** Never answer (a hung Slack): the request stays open until the client gives up. */
  hang?: boolean;
}

export interface FakeSlackOptions {
  botToken?: string;
  appToken?: string;
  /** `users.info` locales by user id; others are `en-US`. */
  locales?: Record<string, string>;
  /** Users `users.info` reports as workspace admins (`is_admin`) or owners (`is_owner`). */
  admins?: string[];
  owners?: string[];
  /** `usergroups.users.list`: members by user-group id. */
  usergroups?: Record<string, string[]>;
  /** Users `users.info` reports as bots (`is_bot`). */
  bots?: string[];
}

/** The workspace the fake pretends to be. */
const FAKE_TEAM = { id: 'T0FAKE', botUserId: 'U0SOCKERR', botId: 'B0SOCKERR' } as const;

export interface FakeSlack {
  /** Web API base for `SLACK_API_URL`, with its trailing slash. */
  readonly apiUrl: string;
  readonly calls: RecordedCall[];
  readonly responses: ResponsePost[];
  /** Channels the bot is not a member of: posts there fail with `not_in_channel`. */
  readonly notInChannel: Set<string>;
  readonly socketMode: FakeSocketMode;
  /** Files, channels and their members, App Home views. */
  readonly workspace: FakeSlackWorkspace;
  /** A `response_url` on the fake, as Slack puts in commands and interactions. */
  responseUrl(id: string): string;
  /** Answers the next `times` calls of `method` with `failure` instead of the normal result. */
  failNext(method: string, failure: FakeFailure, times?: number): void;
  /** Answers every call of `method` with `failure` until {@link heal}. */
  failAlways(method: string, failure: FakeFailure): void;
  /** Ends scripted failures of `method` (all methods when absent). */
  heal(method?: string): void;
  /** Answers `method` only after `ms` (a slow Slack); 0 ends it. */
  delay(method: string, ms: number): void;
  /** Calls of one method, optionally only the successful ones. */
  callsTo(method: string, okOnly?: boolean): RecordedCall[];
  close(): Promise<void>;
}

/** Starts a Slack Web API look-alike on 127.0.0.1 (random port). */
export async function startFakeSlack(options: FakeSlackOptions = {}): Promise<FakeSlack> {
  const botToken = options.botToken ?? 'xoxb-fake-bot-token';
  const appToken = options.appToken ?? 'xapp-fake-app-token';
  const calls: RecordedCall[] = [];
  const responses: ResponsePost[] = [];
  const notInChannel = new Set<string>();
  const failures = new Map<string, FakeFailure[]>();
  const always = new Map<string, FakeFailure>();
  const delays = new Map<string, number>();
  let ts = 1_700_000_000;

  const server = createServer((req, res) => {
    void readBody(req).then((raw) => route(req, res, raw));
  });
  const socketMode = attachFakeSocketMode(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const workspace = createFakeSlackWorkspace(base, botToken, FAKE_TEAM.id);

  function route(req: IncomingMessage, res: ServerResponse, raw: string): void {
    const url = new URL(req.url ?? '/', base);
    const response = url.pathname.match(/^\/response\/([\w-]+)$/);
    if (response?.[1] && req.method === 'POST') {
      responses.push({ id: response[1], body: JSON.parse(raw || '{}') as Record<string, unknown> });
      res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
      return;
    }
    if (workspace.serve(req, res, url)) return;
    const api = url.pathname.match(/^\/api\/([\w.]+)$/);
    if (!api?.[1] || req.method !== 'POST') {
      res.writeHead(404).end();
      return;
    }
    const method = api[1];
    const params = parseParams(req.headers['content-type'] ?? '', raw);
    const token = req.headers.authorization?.replace(/^Bearer /, '') ?? (params.token as string | undefined);
    const scripted = failures.get(method)?.shift() ?? always.get(method);
    if (scripted?.hang) {
      calls.push({ method, params, token, status: 0, response: {} });
      return;
    }
    const status = scripted?.status ?? 200;
    const body = scripted
      ? (scripted.body ?? { ok: false, error: 'scripted_failure' })
      : answer(method, params, token);
    const send = () => {
      calls.push({ method, params, token, status, response: body });
      if (res.destroyed) return;
      res
        .writeHead(status, { 'content-type': 'application/json', ...scripted?.headers })
        .end(JSON.stringify(body));
    };
    const ms = delays.get(method) ?? 0;
    if (ms > 0) setTimeout(send, ms);
    else send();
  }

  function answer(method: string, params: Record<string, unknown>, token: string | undefined) {
    // Slack's api.test checks only that the call arrived: no token needed, its arguments echoed.
    if (method === 'api.test') return { ok: true, args: params };
    if (method === 'apps.connections.open') {
      if (token !== appToken) return { ok: false, error: 'invalid_auth' };
      return { ok: true, url: socketMode.connectUrl(base) };
    }
    if (token !== botToken) return { ok: false, error: 'invalid_auth' };
    const channel = String(params.channel ?? '');
    switch (method) {
      case 'auth.test':
        return {
          ok: true,
          url: 'https://fake.slack.test/',
          team: 'Fake',
          user: 'sockerr',
          team_id: FAKE_TEAM.id,
          user_id: FAKE_TEAM.botUserId,
          bot_id: FAKE_TEAM.botId,
        };
      case 'chat.postMessage':
      case 'chat.postEphemeral': {
        if (!channel) return { ok: false, error: 'channel_not_found' };
        if (notInChannel.has(channel)) return { ok: false, error: 'not_in_channel' };
        if (method === 'chat.postEphemeral' && !params.user)
          return { ok: false, error: 'user_not_in_channel' };
        const problem = checkSlackMessage(params);
        if (problem) return { ok: false, error: problem };
        ts += 1;
        return method === 'chat.postMessage'
          ? { ok: true, channel, ts: `${ts}.000100`, message: { text: params.text, bot_id: FAKE_TEAM.botId } }
          : { ok: true, message_ts: `${ts}.000100` };
      }
      case 'reactions.add':
        if (notInChannel.has(channel)) return { ok: false, error: 'not_in_channel' };
        return params.name && params.timestamp ? { ok: true } : { ok: false, error: 'invalid_arguments' };
      case 'users.info': {
        const user = String(params.user ?? '');
        const locale = options.locales?.[user] ?? 'en-US';
        const isOwner = options.owners?.includes(user) ?? false;
        return {
          ok: true,
          user: {
            id: user,
            name: user.toLowerCase(),
            is_admin: isOwner || (options.admins?.includes(user) ?? false),
            is_owner: isOwner,
            is_bot: options.bots?.includes(user) ?? false,
            ...(params.include_locale ? { locale } : {}),
          },
        };
      }
      case 'usergroups.users.list': {
        const members = options.usergroups?.[String(params.usergroup ?? '')];
        return members ? { ok: true, users: members } : { ok: false, error: 'no_such_subteam' };
      }
      default:
        return workspace.answer(method, params) ?? { ok: false, error: 'unknown_method' };
    }
  }

  return {
    apiUrl: `${base}/api/`,
    calls,
    responses,
    notInChannel,
    socketMode,
    workspace,
    responseUrl: (id) => `${base}/response/${id}`,
    failNext(method, failure, times = 1) {
      const queue = failures.get(method) ?? [];
      for (let i = 0; i < times; i += 1) queue.push(failure);
      failures.set(method, queue);
    },
    failAlways: (method, failure) => void always.set(method, failure),
    heal(method) {
      for (const map of [failures, always]) {
        if (method === undefined) map.clear();
        else map.delete(method);
      }
    },
    delay: (method, ms) => void delays.set(method, ms),
    callsTo: (method, okOnly = false) =>
      calls.filter((c) => c.method === method && (!okOnly || (c.status === 200 && c.response.ok === true))),
    async close() {
      await socketMode.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** The WebClient posts form-encoded bodies with objects as JSON strings; `respond()` posts JSON. */
function parseParams(contentType: string, raw: string): Record<string, unknown> {
  if (contentType.includes('application/json')) return JSON.parse(raw || '{}') as Record<string, unknown>;
  const params: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    params[key] = /^[[{]/.test(value) ? safeJson(value) : value;
  }
  return params;
}

function safeJson(value: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}
