import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { gunzipIfMarked } from '../../../src/infra/text/gunzip-if-marked.js';

const MB = 1024 * 1024;
/** 64 MB of text in about 64 KB. */
const BOMB = gzipSync(Buffer.alloc(64 * MB, 'x'), { level: 9 });

/** A download in 1 KB pieces that counts the pieces taken and says whether it was closed. */
function download(body: Uint8Array) {
  const seen = { pieces: 0, total: Math.ceil(body.byteLength / 1024), closed: false };
  async function* pieces() {
    try {
      for (let at = 0; at < body.byteLength; at += 1024) {
        seen.pieces += 1;
        yield body.subarray(at, at + 1024);
      }
    } finally {
      seen.closed = true;
    }
  }
  return { seen, chunks: pieces() };
}

describe('gunzipIfMarked', () => {
  it('inflates a zip bomb only as far as its reader reads, and stopping closes the download', async () => {
    const { seen, chunks } = download(BOMB);
    let inflated = 0;
    for await (const chunk of gunzipIfMarked(chunks)) {
      inflated += chunk.byteLength;
      if (inflated > 2 * MB) break;
    }
    // What was read past the cap is one zlib chunk; what was downloaded, about 2 KB of the bomb and
    // the 16 KB a stream reads ahead: 17 or so of its 64 pieces, where inflating it all takes every one.
    expect(inflated).toBeLessThanOrEqual(2 * MB + 64 * 1024);
    expect(seen.pieces).toBeLessThan(seen.total / 2);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(seen.closed).toBe(true);
  });

  it('passes a body without gzip’s magic through untouched, even one that starts with a single byte', async () => {
    async function* oneByteFirst() {
      yield new Uint8Array([0x1f]);
      yield new TextEncoder().encode('read ECONNRESET\n');
    }
    const out: Uint8Array[] = [];
    for await (const chunk of gunzipIfMarked(oneByteFirst())) out.push(chunk);
    expect(Buffer.concat(out).toString('latin1')).toBe('\u001fread ECONNRESET\n');
  });
});
