import { crc32, deflateRawSync, gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { CorruptGzip } from '../../../src/infra/text/corrupt-gzip.js';
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

  it('reads members whose headers carry every optional field, split into pieces at any byte', async () => {
    const text = Buffer.from('2025-03-01T10:00:00Z ERROR connect ECONNREFUSED 10.0.0.5:5432\n'.repeat(50));
    // FHCRC | FEXTRA | FNAME | FCOMMENT, as RFC 1952 lays them out; gzip itself writes only a name.
    const head = Buffer.concat([
      Buffer.from([0x1f, 0x8b, 8, 2 | 4 | 8 | 16, 0, 0, 0, 0, 0, 3]),
      Buffer.from([6, 0, 0x41, 0x42, 2, 0, 9, 9]),
      Buffer.from('app.log\0a comment\0'),
    ]);
    const headCrc = Buffer.alloc(2);
    headCrc.writeUInt16LE(crc32(head) & 0xffff);
    const trailer = Buffer.alloc(8);
    trailer.writeUInt32LE(crc32(text), 0);
    trailer.writeUInt32LE(text.length, 4);
    const member = Buffer.concat([head, headCrc, deflateRawSync(text), trailer]);
    const file = Buffer.concat([member, gzipSync(text), member]);
    // zlib's own reading of the same bytes is the answer.
    expect(gunzipSync(file).length).toBe(3 * text.length);
    for (const size of [1, 3, 4096]) {
      async function* pieces() {
        for (let at = 0; at < file.length; at += size) yield file.subarray(at, at + size);
      }
      const out: Uint8Array[] = [];
      for await (const chunk of gunzipIfMarked(pieces())) out.push(chunk);
      expect(Buffer.concat(out).equals(gunzipSync(file))).toBe(true);
    }
  });

  it('reads a file of many one-line members to its last, then says what follows is damaged', async () => {
    // `echo … | gzip >> app.log.gz` per line: each member is inflated at once, not as a stream.
    const lines = Array.from({ length: 300 }, (_, i) => `${i} ERROR read ECONNRESET from 10.0.0.${i}:443\n`);
    const file = Buffer.concat([...lines.map((line) => gzipSync(line)), Buffer.from('garbage\n')]);
    for (const size of [file.length, 4096, 7]) {
      async function* pieces() {
        for (let at = 0; at < file.length; at += size) yield file.subarray(at, at + size);
      }
      const out: Uint8Array[] = [];
      let error: unknown = null;
      try {
        for await (const chunk of gunzipIfMarked(pieces())) out.push(chunk);
      } catch (thrown) {
        error = thrown;
      }
      expect(Buffer.concat(out).toString('utf8')).toBe(lines.join(''));
      expect(error).toBeInstanceOf(CorruptGzip);
    }
  });
});
