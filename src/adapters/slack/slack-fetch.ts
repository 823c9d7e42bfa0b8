import type { ClientRequest, Agent as HttpAgent, IncomingMessage, RequestOptions } from 'node:http';
import * as http from 'node:http';
import type { webApi } from '@slack/bolt';

type FetchResponse = Awaited<ReturnType<webApi.FetchFunction>>;
type FetchHeaders = FetchResponse['headers'];
type RequestFn = (
  url: URL,
  options: RequestOptions,
  onResponse: (res: IncomingMessage) => void,
) => ClientRequest;
/** One protocol's client: its keep-alive agent and its `request`. */
interface Client {
  agent: HttpAgent;
  request: RequestFn;
}

/**
 * How long an idle connection to the Web API is kept for the next call: undici's default, which
 * the built-in `fetch` used before (a server's shorter `Keep-Alive: timeout` hint still wins).
 */
const IDLE_MS = 4000;

/**
 * The `fetch` of sockerr's own Web API client (every call its handlers make), over `node:http`.
 * The Web API client reads only a response's status, headers and text, and Node's built-in
 * `fetch` built a WHATWG request, headers, a body stream and a response stream for each call:
 * about a third of the CPU of an auto-reply on the bench's load (docs/performance.md, stop 49).
 * What the client and `slack-errors.ts` read of a failure is kept as `fetch` gives it: an abort
 * rejects with the signal's reason (the client's deadline: a `TimeoutError`), any failure to get
 * an answer with `TypeError('fetch failed')` whose `cause` is the socket's error (its `code`
 * tells a connection lost from one never made), and a redirect is refused (`redirect: 'error'`,
 * the client's setting), not followed. A body that is not a string (a file upload's form) goes
 * to the built-in `fetch`, which encodes it.
 */
export function createSlackFetch(): webApi.FetchFunction {
  const clients = new Map<string, Promise<Client>>();
  const clientFor = (protocol: string): Promise<Client> => {
    let client = clients.get(protocol);
    if (!client) {
      // node:https (and TLS with it) is loaded at the first https call, not at start.
      client =
        protocol === 'https:'
          ? import('node:https').then((https) => ({
              agent: new https.Agent({ keepAlive: true, timeout: IDLE_MS }),
              request: https.request,
            }))
          : Promise.resolve({
              agent: new http.Agent({ keepAlive: true, timeout: IDLE_MS }),
              request: http.request,
            });
      clients.set(protocol, client);
    }
    return client;
  };
  return async (input, init = {}) => {
    if (init.body !== undefined && typeof init.body !== 'string') return globalThis.fetch(input, init);
    const url = new URL(String(input));
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return globalThis.fetch(input, init);
    const { agent, request } = await clientFor(url.protocol);
    init.signal?.throwIfAborted();
    return send(request, url, { method: init.method ?? 'GET', headers: init.headers ?? {}, agent }, init);
  };
}

function send(
  request: RequestFn,
  url: URL,
  options: RequestOptions,
  init: { body?: unknown; signal?: AbortSignal },
): Promise<FetchResponse> {
  const { signal } = init;
  return new Promise<FetchResponse>((resolve, reject) => {
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener('abort', onAbort);
      outcome();
    };
    const fail = (error: unknown) => settle(() => reject(new TypeError('fetch failed', { cause: error })));
    const onAbort = () => {
      settle(() => reject(signal?.reason));
      req.destroy();
    };
    const req = request(url, options, (res) => {
      const status = res.statusCode ?? 0;
      if (status >= 300 && status < 400) {
        res.resume();
        fail(new Error(`unexpected redirect (${status}) from ${url.origin}`));
        return;
      }
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('error', fail);
      // A connection closed in the middle of the answer: as lost as a reset (whichever Node reports).
      res.on('close', () => {
        if (!res.complete) fail(Object.assign(new Error('the answer was cut short'), { code: 'ECONNRESET' }));
      });
      res.on('end', () => {
        const body = chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks);
        settle(() => resolve(toResponse(url.href, res, status, body)));
      });
    });
    req.on('error', fail);
    signal?.addEventListener('abort', onAbort, { once: true });
    req.end(typeof init.body === 'string' ? init.body : undefined);
  });
}

function toResponse(url: string, res: IncomingMessage, status: number, body: Buffer): FetchResponse {
  const headers: FetchHeaders = {
    get(name) {
      const value = res.headers[name.toLowerCase()];
      if (value === undefined) return null;
      return Array.isArray(value) ? value.join(', ') : String(value);
    },
    entries: () =>
      Object.entries(res.headers).map(([name, value]): [string, string] => [
        name,
        Array.isArray(value) ? value.join(', ') : String(value),
      ]),
  };
  const text = () => body.toString('utf8');
  return {
    ok: status >= 200 && status < 300,
    status,
    statusText: res.statusMessage ?? '',
    url,
    headers,
    text: async () => text(),
    json: async () => JSON.parse(text()) as unknown,
    arrayBuffer: async () => Uint8Array.prototype.slice.call(body).buffer,
  };
}
