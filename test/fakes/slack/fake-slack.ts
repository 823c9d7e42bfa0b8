import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createWebApiAnswer } from './answer-web-api.js';
import { checkSlackMessage } from './check-slack-message.js';
import type { FakeSlackOptions } from './fake-slack-options.js';
import { createFakeSlackWorkspace, type FakeSlackWorkspace } from './fake-slack-workspace.js';
import { attachFakeSocketMode, type FakeSocketMode } from './fake-socket-mode.js';
import { FAKE_TEAM } from './fake-team.js';
import { parseParams } from './parse-web-api-params.js';
import { readBody } from './read-request-body.js';
import { createScriptedFailures, type FakeFailure } from './scripted-failures.js';

export type { FakeSlackOptions } from './fake-slack-options.js';

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
  /**
   * Answers the next `times` calls of `method` with `failure` instead of the normal result;
   * `response_url` scripts the response URLs (status, default 400, and `body.error` as the text).
   */
  failNext(method: string, failure: FakeFailure, times?: number): void;
  /** Answers every call of `method` with `failure` until {@link heal}. */
  failAlways(method: string, failure: FakeFailure): void;
  /** Ends scripted failures of `method` (all methods when absent). */
  heal(method?: string): void;
  /** Answers `method` (or `response_url`) only after `ms` (a slow Slack); 0 ends it. */
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
  const scripts = createScriptedFailures();

  const server = createServer((req, res) => {
    void readBody(req).then((raw) => route(req, res, raw));
  });
  const socketMode = attachFakeSocketMode(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const workspace = createFakeSlackWorkspace(base, botToken, FAKE_TEAM.id);
  const answer = createWebApiAnswer({
    base,
    botToken,
    appToken,
    options,
    notInChannel,
    socketMode,
    workspace,
  });

  function route(req: IncomingMessage, res: ServerResponse, raw: string): void {
    const url = new URL(req.url ?? '/', base);
    const response = url.pathname.match(/^\/response\/([\w-]+)$/);
    if (response?.[1] && req.method === 'POST') {
      const body = JSON.parse(raw || '{}') as Record<string, unknown>;
      // Slack checks a response_url's message as it checks chat.postMessage's, and answers a bad
      // one 400 with the error as text; a deletion carries no message.
      const scripted = scripts.next('response_url');
      const problem = scripted
        ? String(scripted.body?.error ?? 'scripted_failure')
        : body.delete_original === true
          ? undefined
          : checkSlackMessage(body);
      if (problem) {
        res.writeHead(scripted?.status ?? 400, { 'content-type': 'text/plain' }).end(problem);
        return;
      }
      const id = response[1];
      // A slow response_url still posts the message, answering after `delay('response_url', ms)`.
      const post = () => {
        responses.push({ id, body });
        if (!res.destroyed) res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
      };
      const ms = scripts.delayOf('response_url');
      if (ms > 0) setTimeout(post, ms);
      else post();
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
    const scripted = scripts.next(method);
    if (scripted?.hang) {
      calls.push({ method, params, token, status: 0, response: {} });
      return;
    }
    if (scripted?.resetAfterAnswering) {
      const done = answer(method, params, token);
      calls.push({ method, params, token, status: 0, response: done });
      req.socket.destroy();
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
    const ms = scripts.delayOf(method);
    if (ms > 0) setTimeout(send, ms);
    else send();
  }

  return {
    apiUrl: `${base}/api/`,
    calls,
    responses,
    notInChannel,
    socketMode,
    workspace,
    responseUrl: (id) => `${base}/response/${id}`,
    failNext: scripts.failNext,
    failAlways: scripts.failAlways,
    heal: scripts.heal,
    delay: scripts.delay,
    callsTo: (method, okOnly = false) =>
      calls.filter((c) => c.method === method && (!okOnly || (c.status === 200 && c.response.ok === true))),
    async close() {
      await socketMode.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
