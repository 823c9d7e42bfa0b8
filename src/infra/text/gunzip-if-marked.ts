import { inflateMembers } from './inflate-members.js';
import { peekHead } from './peek-head.js';

/** The first two bytes of every gzip member (RFC 1952). */
const GZIP_MAGIC = [0x1f, 0x8b];

/** Do these first bytes of a file name gzip? */
export const hasGzipMagic = (head: Uint8Array): boolean => GZIP_MAGIC.every((byte, i) => head[i] === byte);

/**
 * Inflates a body whose first bytes are gzip's magic, chunk by chunk as it arrives, and passes any
 * other body through as it is: fetch has already inflated a file a server sent with
 * `Content-Encoding: gzip`. Nothing is inflated ahead of the reader (zlib waits while its output is
 * not read), so a reader that stops at its cap stops a zip bomb there, and stopping ends the download.
 * Throws `CorruptGzip` (after the text before the damage) when the data is damaged or cut short.
 */
export async function* gunzipIfMarked(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  // A first byte other than gzip's decides it: what came is not held for a second.
  const { head, all } = await peekHead(chunks, GZIP_MAGIC.length, (bytes) => bytes[0] !== GZIP_MAGIC[0]);
  if (!hasGzipMagic(head)) return yield* all();
  yield* inflateMembers(all());
}
