import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchText } from '../../../src/infra/download/index.js';

const MB = 1024 * 1024;
const LOG = '2026-01-05T10:02:07Z ERROR read ECONNRESET 10.0.0.7:5432\n';
const LOG_GZ = gzipSync(LOG);
/** 64 MB of text in about 64 KB: what a zip bomb looks like, small enough to make in a test. */
const BOMB = gzipSync(Buffer.alloc(64 * MB, 'x'), { level: 9 });
let server: Server;
let base = '';

beforeAll(async () => {
  server = createServer((req, res) => {
    const gz = { 'content-type': 'application/gzip' };
    if (req.url === '/log.gz') return void res.writeHead(200, gz).end(LOG_GZ);
    if (req.url === '/two-members.gz')
      return void res.writeHead(200, gz).end(Buffer.concat([LOG_GZ, gzipSync('read ETIMEDOUT\n')]));
    if (req.url === '/corrupt.gz') {
      const bad = Buffer.from(LOG_GZ);
      bad.fill(0xff, 10, 20);
      return void res.writeHead(200, gz).end(bad);
    }
    if (req.url === '/truncated.gz') return void res.writeHead(200, gz).end(LOG_GZ.subarray(0, 20));
    if (req.url === '/binary.gz')
      return void res.writeHead(200, gz).end(gzipSync(Buffer.from([0x89, 0x50, 0, 0])));
    if (req.url === '/already-inflated')
      return void res.writeHead(200, { 'content-type': 'text/plain' }).end(LOG);
    if (req.url === '/bomb.gz') return void res.writeHead(200, gz).end(BOMB);
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const get = (path: string, maxBytes = MB) =>
  fetchText(`${base}${path}`, { maxBytes, timeoutMs: 10_000, gzip: true });

describe('fetchText with gzip', () => {
  it('inflates a gzip log, counting the text it holds, and reads every member of a concatenated one', async () => {
    expect(await get('/log.gz')).toMatchObject({ ok: true, text: LOG, bytes: LOG.length });
    expect(await get('/two-members.gz')).toMatchObject({ ok: true, text: `${LOG}read ETIMEDOUT\n` });
  });

  it('reads a body without gzip’s magic as it is, as fetch hands over one sent with Content-Encoding', async () => {
    expect(await get('/already-inflated')).toMatchObject({ ok: true, text: LOG });
  });

  it('leaves gzip alone when the labels did not say gzip, so a text file with gzip bytes stays binary', async () => {
    expect(await fetchText(`${base}/log.gz`, { maxBytes: MB, timeoutMs: 5000 })).toEqual({
      ok: false,
      reason: 'binary',
    });
  });

  it('says a corrupt or cut-short gzip is corrupt, and still refuses binary inside a good one', async () => {
    expect(await get('/corrupt.gz')).toEqual({ ok: false, reason: 'corrupt-gzip' });
    expect(await get('/truncated.gz')).toEqual({ ok: false, reason: 'corrupt-gzip' });
    expect(await get('/binary.gz')).toEqual({ ok: false, reason: 'binary' });
  });

  it('refuses a zip bomb whose download is small but whose text is over the cap, without inflating it all', async () => {
    const started = Date.now();
    expect(await get('/bomb.gz', 2 * MB)).toEqual({ ok: false, reason: 'too-large' });
    // Inflating all 64 MB takes longer than stopping at 2 MB; test/infra/text/gunzip-if-marked.test.ts counts the pieces.
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('bounds the compressed download by the cap too', async () => {
    expect(await get('/bomb.gz', 16 * 1024)).toEqual({ ok: false, reason: 'too-large' });
    expect(await get('/log.gz', LOG_GZ.byteLength - 1)).toEqual({ ok: false, reason: 'too-large' });
  });
});
