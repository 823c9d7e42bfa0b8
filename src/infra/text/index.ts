/** Bytes people share as text (logs, snippets, attachments): UTF-8, or UTF-16 where a byte-order mark says so. */
export { createTextDecoder, decodeText, isKnownEncoding, sniffEncoding } from './create-text-decoder.js';
