import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { createTextDecoder, gunzipIfMarked, hasGzipMagic, peekHead } from '../../infra/text/index.js';
import { CompressedLog, compressionDecided, compressionOf, MAGIC_BYTES } from './compressed-log.js';

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
 * two reads joined; or in the `encoding` named (`gbk`, a known label: see infra/text). A gzip log
 * (`syslog.2.gz`) is inflated as it is read; another compression its first bytes name throws
 * `CompressedLog`. Memory stays flat whatever the size. Throws Node's error (`ENOENT`, `EISDIR`…)
 * when the source cannot be read, `CorruptGzip` when its gzip data is damaged or cut short.
 */
export async function* readText(
  source: string,
  stdin: AsyncIterable<unknown> | Iterable<unknown>,
  encoding?: string,
): AsyncGenerator<string> {
  const decoder = createTextDecoder(encoding);
  if (source === '-')
    yield* decodeAll(decoder, compressedOrNot(stdin as AsyncIterable<Buffer> | Iterable<Buffer>));
  else {
    // A file is read synchronously (a one-shot command has nothing else to wait for), into one
    // buffer decoded before the next read; a gzip file's bytes go to zlib, which reads them later.
    const fd = openSync(source, 'r');
    try {
      let left = sizeAtOpen(fd);
      const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
      const readSome = () => {
        const n = left > 0 ? readSync(fd, buffer, 0, Math.min(CHUNK_BYTES, left), null) : 0;
        left -= n;
        return n;
      };
      let n = readSome();
      const head = buffer.subarray(0, n);
      refuseCompressed(head);
      if (hasGzipMagic(head)) yield* decodeAll(decoder, gunzipIfMarked(readOn(fd, Buffer.from(head), left)));
      else
        for (; n > 0; n = readSome()) {
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

/** The text of `chunks`, in pieces of at most CHUNK_BYTES of bytes. */
async function* decodeAll(
  decoder: ReturnType<typeof createTextDecoder>,
  chunks: AsyncIterable<Uint8Array>,
): AsyncGenerator<string> {
  for await (const chunk of chunks) {
    for (let at = 0; at < chunk.length; at += CHUNK_BYTES) {
      const piece = decoder.write(chunk.subarray(at, at + CHUNK_BYTES));
      if (piece) yield piece;
    }
  }
}

/** `first`, then at most `left` more bytes of the file (`freshReads`). */
async function* readOn(fd: number, first: Uint8Array, left: number): AsyncGenerator<Uint8Array> {
  yield first;
  yield* freshReads(fd, left);
}

/**
 * How many bytes of a file to read: its size when it was opened. A log an application is still
 * writing (the one someone scans in an incident) grew faster than a scan of its errors reads, and
 * the scan never ended, nor said anything (Ctrl-C keeps Node's default for a file). Lines written
 * after that are left for the next scan. A pipe or a device, and a file whose size says nothing
 * (/proc's are 0), are read to their end.
 */
function sizeAtOpen(fd: number): number {
  const stat = fstatSync(fd);
  return stat.isFile() && stat.size > 0 ? stat.size : Number.POSITIVE_INFINITY;
}

/**
 * A file's bytes from where `fd` stands, at most `limit` (the file's size when this began: see
 * `sizeAtOpen`), read synchronously, each read into a buffer of its own (of 64 KB, zlib's pieces
 * too): zlib, for a gzip log, reads them after the next read.
 */
export function* freshReads(fd: number, limit = sizeAtOpen(fd)): Generator<Buffer> {
  for (let left = limit; left > 0; ) {
    const buffer = Buffer.allocUnsafe(4 * CHUNK_BYTES);
    const n = readSync(fd, buffer, 0, Math.min(buffer.length, left), null);
    if (n <= 0) return;
    left -= n;
    yield buffer.subarray(0, n);
  }
}

/** Standard input's bytes, inflated where they are gzip; another compression is refused. */
async function* compressedOrNot(
  chunks: AsyncIterable<Buffer> | Iterable<Buffer>,
): AsyncGenerator<Uint8Array> {
  // A stream (process.stdin), or the reads of a file (cli.ts) or a list of buffers (tests).
  const source = (async function* () {
    yield* chunks;
  })();
  const { head, all } = await peekHead(source, MAGIC_BYTES, compressionDecided);
  refuseCompressed(head);
  yield* gunzipIfMarked(all());
}

function refuseCompressed(head: Uint8Array): void {
  const format = compressionOf(head);
  if (format) throw new CompressedLog(format.name, format.command);
}
