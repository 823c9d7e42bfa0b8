import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { webApi } from '@slack/bolt';
import { afterEach, describe, expect, it } from 'vitest';
import { describeSlackError } from '../../../src/adapters/slack/slack-errors.js';
import { createSlackFetch } from '../../../src/adapters/slack/slack-fetch.js';

type Handler = (req: IncomingMessage, body: string, res: ServerResponse) => void;

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((r) => s.close(r))));
});

async function serve(handler: Handler): Promise<{ url: string; sockets: Set<unknown> }> {
  const sockets = new Set<unknown>();
  const server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => {
      body += chunk;
    });
    req.on('end', () => handler(req, body, res));
  });
  server.on('connection', (socket) => sockets.add(socket));
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  server.unref();
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/`, sockets };
}

/** A Web API client as build-app.ts makes it, with its deadline and no retries of its own. */
const client = (url: string, timeout = 2000) =>
  new webApi.WebClient('xoxb-test', {
    slackApiUrl: url,
    fetch: createSlackFetch(),
    timeout,
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    // Its own warning at each failed attempt is not what these tests read.
    logLevel: webApi.LogLevel.ERROR,
  });

describe('createSlackFetch', () => {
  it('posts the form body with its headers and reads the JSON answer, on one kept-alive connection', async () => {
    const seen: { path?: string; type?: string; auth?: string; body: string }[] = [];
    const { url, sockets } = await serve((req, body, res) => {
      seen.push({
        path: req.url,
        type: req.headers['content-type'],
        auth: req.headers.authorization,
        body,
      });
      res.writeHead(200, { 'content-type': 'application/json', 'x-oauth-scopes': 'chat:write, users:read' });
      res.end(JSON.stringify({ ok: true, ts: '1.2', text: 'héllo · 世界' }));
    });
    const web = client(url);
    const first = await web.chat.postMessage({
      channel: 'C1',
      text: 'héllo · 世界',
      blocks: [{ type: 'divider' }],
    });
    await web.chat.postMessage({ channel: 'C1', text: 'again' });
    expect(first).toMatchObject({ ok: true, ts: '1.2', text: 'héllo · 世界' });
    expect(first.response_metadata?.scopes).toEqual(['chat:write', 'users:read']);
    expect(seen[0]?.path).toBe('/api/chat.postMessage');
    expect(seen[0]?.type).toBe('application/x-www-form-urlencoded');
    expect(seen[0]?.auth).toBe('Bearer xoxb-test');
    const form = new URLSearchParams(seen[0]?.body);
    expect(form.get('text')).toBe('héllo · 世界');
    expect(form.get('blocks')).toBe('[{"type":"divider"}]');
    expect(sockets.size).toBe(1);
  });

  it('tells Slack’s ok:false, a 429 and a 5xx apart as the built-in fetch did', async () => {
    const answers = [
      (res: ServerResponse) =>
        res
          .writeHead(200, { 'content-type': 'application/json' })
          .end('{"ok":false,"error":"not_in_channel"}'),
      (res: ServerResponse) => res.writeHead(429, { 'retry-after': '7' }).end(),
      (res: ServerResponse) => res.writeHead(503).end('busy'),
    ];
    const { url } = await serve((_req, _body, res) => answers.shift()?.(res));
    const web = client(url);
    const errors = [];
    for (let i = 0; i < 3; i += 1)
      errors.push(await web.chat.postMessage({ channel: 'C1', text: 'x' }).catch((e) => e));
    expect(errors.map((e) => describeSlackError(e).error)).toEqual([
      'not_in_channel',
      'ratelimited',
      'http_503',
    ]);
    expect(describeSlackError(errors[1]).retryAfterSec).toBe(7);
  });

  it('gives up at the client’s deadline with a timeout, not a hang', async () => {
    const { url } = await serve(() => undefined);
    const started = performance.now();
    const error = await client(url, 200)
      .chat.postMessage({ channel: 'C1', text: 'x' })
      .catch((e) => e);
    expect(describeSlackError(error).error).toBe('timeout');
    expect(performance.now() - started).toBeLessThan(1500);
  });

  it('tells a connection lost after the request was sent from one never made', async () => {
    const { url } = await serve((req) => req.socket.destroy());
    const lost = await client(url)
      .chat.postMessage({ channel: 'C1', text: 'x' })
      .catch((e) => e);
    expect(describeSlackError(lost).error).toBe('connection_lost');
    const { url: cut } = await serve((req, _body, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '100' });
      res.write('{"ok":tr');
      setTimeout(() => req.socket.destroy(), 20);
    });
    const cutShort = await client(cut)
      .chat.postMessage({ channel: 'C1', text: 'x' })
      .catch((e) => e);
    expect(describeSlackError(cutShort).error).toBe('connection_lost');
    const { url: closed } = await serve(() => undefined);
    await Promise.all(servers.splice(-1).map((s) => new Promise((r) => s.close(r))));
    const refused = await client(closed)
      .chat.postMessage({ channel: 'C1', text: 'x' })
      .catch((e) => e);
    expect(describeSlackError(refused).error).toBe('request_failed');
    expect(refused.original).toBeInstanceOf(TypeError);
    expect(refused.original.cause.code).toBe('ECONNREFUSED');
  });

  it('refuses a redirect rather than following it with the token', async () => {
    const hits: string[] = [];
    const { url } = await serve((req, _body, res) => {
      hits.push(req.url ?? '');
      res.writeHead(302, { location: '/elsewhere' }).end();
    });
    const error = await client(url)
      .chat.postMessage({ channel: 'C1', text: 'x' })
      .catch((e) => e);
    expect(describeSlackError(error).error).toBe('request_failed');
    expect(hits).toEqual(['/api/chat.postMessage']);
  });
});
