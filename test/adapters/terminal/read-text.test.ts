import { appendFileSync, closeSync, mkdtempSync, openSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { freshReads, readText } from '../../../src/adapters/terminal/read-text.js';

const LINE = '2025-03-01T10:00:00Z ERROR read ECONNRESET peer 10.0.0.1:443\n';
/** A log of several reads (16 KB each), as an application in an error storm writes one. */
const LOG = LINE.repeat(2_000);

const file = (bytes: Uint8Array | string) => {
  const path = join(mkdtempSync(join(tmpdir(), 'sockerr-grow-')), 'app.log');
  writeFileSync(path, bytes);
  return path;
};

/**
 * Reads `pieces` to their end while the file grows by more than each piece read (a writer faster
 * than the scan), and gives up after `limit` pieces: a reader that chases the end never stops.
 */
async function readWhileGrowing<T extends { length: number }>(
  pieces: AsyncIterable<T> | Iterable<T>,
  path: string,
  limit: number,
): Promise<{ length: number; count: number }> {
  let length = 0;
  let count = 0;
  for await (const piece of pieces) {
    length += piece.length;
    if (++count > limit) break;
    appendFileSync(path, LINE.repeat(Math.ceil((2 * piece.length) / LINE.length)));
  }
  return { length, count };
}

describe('a log still being written while it is scanned', () => {
  it('is read as it was when opened, so the scan ends however fast lines are added', async () => {
    const path = file(LOG);
    const read = await readWhileGrowing(readText(path, []), path, 200);
    expect(read.count).toBeLessThan(200);
    expect(read.length).toBe(LOG.length);
  });

  it('is read as it was when opened when gzip-compressed too', async () => {
    const zipped = gzipSync(LOG);
    const path = file(zipped);
    // What is added is not gzip: read, it would be damage after the member.
    const read = await readWhileGrowing(readText(path, []), path, 200);
    expect(read.count).toBeLessThan(200);
    expect(read.length).toBe(LOG.length);
  });

  it('is read as it was when opened from standard input redirected from it (`scan - < app.log`)', async () => {
    const path = file(LOG);
    const fd = openSync(path, 'r');
    try {
      const read = await readWhileGrowing(freshReads(fd), path, 200);
      expect(read.count).toBeLessThan(200);
      expect(read.length).toBe(Buffer.byteLength(LOG));
    } finally {
      closeSync(fd);
    }
  });

  it('reads a file whose size says nothing (/proc, size 0) to its end, as before', async () => {
    let text = '';
    for await (const piece of readText('/proc/self/status', [])) text += piece;
    expect(text).toContain('Name:');
  });
});
