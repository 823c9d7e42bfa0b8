import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchText } from '../../../src/infra/download/index.js';

const MB = 1024 * 1024;
const POWERSHELL_LOG =
  'Exception calling "Connect": "No connection could be made because the target machine actively refused it 127.0.0.1:8080"\r\n';
/** What Windows PowerShell 5's `>` writes: a byte-order mark, then UTF-16LE. */
const utf16le = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
let server: Server;
let base = '';
/** Bytes the endless route managed to send before the client went away. */
let sentBeforeClose = 0;

/** Writes 64 KB chunks until `total` bytes are out or the client is gone. */
function stream(res: ServerResponse, total: number, onClose?: (sent: number) => void) {
  const chunk = new TextEncoder().encode('x'.repeat(64 * 1024));
  let sent = 0;
  res.on('close', () => onClose?.(sent));
  const next = () => {
    while (sent < total && !res.destroyed) {
      sent += chunk.byteLength;
      if (!res.write(chunk)) return void res.once('drain', next);
    }
    if (!res.destroyed) res.end();
  };
  next();
}

beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === '/small')
      return void res
        .writeHead(200, { 'content-type': 'text/plain; charset=utf-8' })
        .end('\uFEFFread ECONNRESET\n');
    if (req.url === '/declared-big')
      return void res
        .writeHead(200, { 'content-type': 'text/plain', 'content-length': String(10 * MB) })
        .end();
    if (req.url === '/endless') {
      res.writeHead(200, { 'content-type': 'text/plain' });
      return stream(res, 200 * MB, (sent) => {
        sentBeforeClose = sent;
      });
    }
    if (req.url === '/binary')
      return void res.writeHead(200).end(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]));
    if (req.url === '/utf16le')
      return void res.writeHead(200, { 'content-type': 'text/plain' }).end(utf16le(POWERSHELL_LOG));
    if (req.url === '/utf16-binary')
      return void res.writeHead(200).end(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.alloc(64)]));
    if (req.url === '/hang') return; // never answers
    if (req.url === '/secret' && req.headers.authorization !== 'Bearer t')
      return void res.writeHead(403).end();
    res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe('fetchText', () => {
  it('reads a UTF-16 file with its byte-order mark as text, as Windows PowerShell writes a log', async () => {
    expect(await fetchText(`${base}/utf16le`, { maxBytes: MB, timeoutMs: 5000 })).toMatchObject({
      ok: true,
      text: POWERSHELL_LOG,
    });
    expect(await fetchText(`${base}/utf16-binary`, { maxBytes: MB, timeoutMs: 5000 })).toEqual({
      ok: false,
      reason: 'binary',
    });
  });

  it('reads a small text file, without its byte-order mark', async () => {
    expect(await fetchText(`${base}/small`, { maxBytes: MB, timeoutMs: 5000 })).toMatchObject({
      ok: true,
      text: 'read ECONNRESET\n',
      contentType: 'text/plain; charset=utf-8',
    });
  });

  it('refuses a file whose declared length is over the cap, without reading it', async () => {
    expect(await fetchText(`${base}/declared-big`, { maxBytes: MB, timeoutMs: 5000 })).toEqual({
      ok: false,
      reason: 'too-large',
    });
  });

  it('stops reading a stream at the cap instead of buffering it all', async () => {
    const result = await fetchText(`${base}/endless`, { maxBytes: 2 * MB, timeoutMs: 10_000 });
    expect(result).toEqual({ ok: false, reason: 'too-large' });
    await new Promise((resolve) => setTimeout(resolve, 200));
    // The server got to send only a little past the cap (socket buffers), nowhere near its 200 MB.
    expect(sentBeforeClose).toBeGreaterThan(2 * MB);
    expect(sentBeforeClose).toBeLessThan(40 * MB);
  });

  it('refuses binary content, says which status a refusal had, and gives up at its deadline', async () => {
    expect(await fetchText(`${base}/binary`, { maxBytes: MB, timeoutMs: 5000 })).toEqual({
      ok: false,
      reason: 'binary',
    });
    expect(await fetchText(`${base}/secret`, { maxBytes: MB, timeoutMs: 5000 })).toEqual({
      ok: false,
      reason: 'http_403',
    });
    expect(
      await fetchText(`${base}/secret`, {
        headers: { Authorization: 'Bearer t' },
        maxBytes: MB,
        timeoutMs: 5000,
      }),
    ).toMatchObject({ ok: true, text: 'ok' });
    const started = Date.now();
    expect(await fetchText(`${base}/hang`, { maxBytes: MB, timeoutMs: 300 })).toEqual({
      ok: false,
      reason: 'timeout',
    });
    expect(Date.now() - started).toBeLessThan(5000);
    expect(await fetchText('http://127.0.0.1:1/nothing', { maxBytes: MB, timeoutMs: 2000 })).toEqual({
      ok: false,
      reason: 'network',
    });
  });
});
