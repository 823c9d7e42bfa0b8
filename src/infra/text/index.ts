/**
 * Bytes people share as text (logs, snippets, attachments): UTF-8, or UTF-16 where a byte-order mark
 * says so; gzip inflated where its magic says so.
 */

export { CorruptGzip } from './corrupt-gzip.js';
export { createTextDecoder, decodeText, isKnownEncoding, sniffEncoding } from './create-text-decoder.js';
export { gunzipIfMarked, hasGzipMagic } from './gunzip-if-marked.js';
export { peekHead } from './peek-head.js';
