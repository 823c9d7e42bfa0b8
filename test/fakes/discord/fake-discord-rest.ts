import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FakeWorld } from './fake-discord-world.js';
import { readBody } from './read-request-body.js';
import { createRestFaults, type RestFault } from './rest-faults.js';
import { createRestRoutes, type RestReply } from './rest-routes.js';
import { createRouteLimits, type RouteLimit } from './route-limits.js';

export { rateLimitedFault } from './rest-faults.js';

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

/** The REST half of the fake: the routes sockerr's adapter and command registration use. */
export interface FakeRest {
  readonly requests: RecordedRequest[];
  /** Registered commands by scope: `global` or a guild id, as Discord would return them. */
  readonly commands: Map<string, Json[]>;
  /** Answers requests matching `method` and `path` with `fault`: `times` times, or until healed. */
  fail(method: string, path: RegExp, fault: RestFault, times?: number): void;
  /** Ends every scripted fault. */
  heal(): void;
  /** Gives requests matching `method` and `path` a per-channel rate limit, with Discord's headers. */
  limit(method: string, path: RegExp, limit: RouteLimit): void;
  handle(req: IncomingMessage, res: ServerResponse): Promise<void>;
}

const PREFIX = '/api/v10';

export function createFakeRest(world: FakeWorld, gatewayUrl: () => string): FakeRest {
  const requests: RecordedRequest[] = [];
  const commands = new Map<string, Json[]>();
  const faults = createRestFaults();
  const routes = createRestRoutes(world, gatewayUrl, commands);
  const limits = createRouteLimits();

  return {
    requests,
    commands,
    fail: faults.fail,
    heal: faults.heal,
    limit: limits.limit,
    async handle(req, res) {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const raw = await readBody(req);
      const body = raw ? (JSON.parse(raw) as Json) : {};
      // Clients percent-encode some segments (`%40original`, emoji); Discord routes the decoded path.
      const pathname = decodeURIComponent(url.pathname);
      const path = pathname.startsWith(PREFIX) ? pathname.slice(PREFIX.length) : pathname;
      const authorization = req.headers.authorization;
      const routed = (): RestReply => {
        for (const [method, pattern, route] of routes) {
          const match = pattern.exec(path);
          if (!match || method !== req.method) continue;
          // Interaction callbacks and webhook tokens carry their own authority; everything else needs the bot token.
          const needsToken = !/^\/(interactions|webhooks)\//.test(path);
          return needsToken && authorization !== `Bot ${world.token}`
            ? { status: 401, body: { message: '401: Unauthorized', code: 0 } }
            : route(match, body, url.searchParams);
        }
        return { status: 404, body: { message: '404: Not Found', code: 0 } };
      };
      const fault = faults.scripted(req.method ?? '', path);
      if (fault?.commit) routed();
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
      const limited = fault ? undefined : limits.take(req.method ?? '', path);
      const reply: RestReply = fault
        ? {
            status: fault.status ?? 500,
            body: fault.body ?? { message: 'scripted', code: 0 },
            ...(fault.headers ? { headers: fault.headers } : {}),
          }
        : limited?.over
          ? {
              status: 429,
              body: {
                message: 'You are being rate limited.',
                retry_after: limited.retryAfterMs / 1000,
                global: false,
              },
            }
          : routed();
      if (limited) reply.headers = { ...reply.headers, ...limited.headers };
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
