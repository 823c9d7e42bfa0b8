import { closeSync, openSync, readSync } from 'node:fs';
import { createTextDecoder } from '../../infra/text/index.js';

/**
 * How much of a file is read at a time (one buffer, reused), and the most of standard input decoded
 * at once: small pieces of text are collected young, so memory stays flat, and the detector, which
 * reads a step before a piece would take it past its buffer, fills its steps to within a piece.
 */
const CHUNK_BYTES = 1 << 14;

/**
 * The text of a file, or of standard input for `-`, piece by piece: UTF-8 exactly as Node decodes a
 * whole file (`readFile(path, 'utf8')`: a leading byte-order mark kept, malformed bytes as U+FFFD),
 * or UTF-16 where a byte-order mark says so (a Windows PowerShell log); a character split between
 * two reads joined; or in the `encoding` named (`gbk`, a known label: see infra/text). Memory stays
 * flat whatever the size. Throws Node's error (`ENOENT`, `EISDIR`…) when the source cannot be read.
 */
export async function* readText(
  source: string,
  stdin: AsyncIterable<unknown> | Iterable<unknown>,
  encoding?: string,
): AsyncGenerator<string> {
  const decoder = createTextDecoder(encoding);
  if (source === '-') {
    for await (const chunk of stdin) {
      const bytes = chunk as Buffer;
      for (let at = 0; at < bytes.length; at += CHUNK_BYTES) {
        const piece = decoder.write(bytes.subarray(at, at + CHUNK_BYTES));
        if (piece) yield piece;
      }
    }
  } else {
    // A file is read synchronously: a one-shot command has nothing else to wait for.
    const fd = openSync(source, 'r');
    try {
      const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
      for (let n = readSync(fd, buffer); n > 0; n = readSync(fd, buffer)) {
        const piece = decoder.write(buffer.subarray(0, n));
        if (piece) yield piece;
      }
    } finally {
      closeSync(fd);
    }
  }
  const rest = decoder.end();
  if (rest) yield rest;
}
