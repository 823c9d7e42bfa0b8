import type { Slots } from '../slots/index.js';
import { CorruptGzip, decodeText, gunzipIfMarked, sniffEncoding } from '../text/index.js';

/** Why a text could not be read; `http_<status>` for an answer other than 2xx. */
type FetchTextFailure =
  | 'too-large'
  | 'binary'
  | 'corrupt-gzip'
  | 'timeout'
  | 'network'
  /** No turn came in time (`FetchTextOptions.turns`). */
  | 'busy'
  | `http_${number}`;

type FetchTextResult =
  | { ok: true; text: string; bytes: number; contentType: string }
  | { ok: false; reason: FetchTextFailure };

export interface FetchTextOptions {
  headers?: Record<string, string>;
  /**
   * Read no further than this; a longer body is abandoned, never buffered past it. For a gzip file it
   * bounds both the download and the text inflated from it.
   */
  maxBytes: number;
  /** For the whole download, headers and body. */
  timeoutMs: number;
  /** The file's labels say gzip (`classifyTextFile`): a body that starts with gzip's magic is inflated. */
  gzip?: boolean;
  /**
   * Downloads that take turns (a burst of shared logs would otherwise split the link and miss their
   * deadlines together): the deadline starts with this download's turn; `busy` when none came in time.
   */
  turns?: Slots;
}

/**
 * Whether a reason means the file could not be fetched (the host was slow, unreachable or refused,
 * or it waited too long for its turn), rather than what the file is (too large, binary, corrupt) or
 * that it is gone (404, 410: deleted with its message): a file sockerr meant to read and could not
 * is worth a warning, as its text went unread.
 */
export const notFetched = (reason: FetchTextFailure): boolean =>
  reason === 'timeout' ||
  reason === 'network' ||
  reason === 'busy' ||
  (reason.startsWith('http_') && reason !== 'http_404' && reason !== 'http_410');

/** Bytes of the start of a body looked at for NUL, the mark of a binary file. */
const SNIFF_BYTES = 8192;

/** More bytes came (downloaded, or inflated) than the cap allows. */
class TooLarge extends Error {}

/**
 * Downloads a text file (a Slack snippet, a Discord attachment) with Node's fetch: streamed, never
 * past `maxBytes` (the declared length is checked first, then every chunk), inflated as it comes
 * when it is gzip, within a deadline, and refused when it is binary. Every failure is a reason, not
 * an exception.
 */
export async function fetchText(url: string, options: FetchTextOptions): Promise<FetchTextResult> {
  if (!options.turns) return download(url, options);
  const got = await options.turns.run(() => download(url, options));
  return got === 'busy' ? { ok: false, reason: 'busy' } : got;
}

async function download(url: string, options: FetchTextOptions): Promise<FetchTextResult> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.timeoutMs);
  try {
    const response = await fetch(url, {
      ...(options.headers ? { headers: options.headers } : {}),
      signal: controller.signal,
      redirect: 'follow',
    });
    if (!response.ok || !response.body) {
      await response.body?.cancel().catch(() => undefined);
      return { ok: false, reason: `http_${response.status}` };
    }
    const declared = Number(response.headers.get('content-length') ?? Number.NaN);
    if (declared > options.maxBytes) {
      await response.body.cancel().catch(() => undefined);
      return { ok: false, reason: 'too-large' };
    }
    const downloaded = chunksWithin(response.body, options.maxBytes);
    const body = await collectWithin(
      options.gzip ? gunzipIfMarked(downloaded) : downloaded,
      options.maxBytes,
    );
    // UTF-16 text (a Windows PowerShell log) is half NUL bytes: it is looked at for NUL characters.
    const utf16 = sniffEncoding(body) !== 'utf-8';
    if (!utf16 && body.subarray(0, SNIFF_BYTES).includes(0)) return { ok: false, reason: 'binary' };
    // Drops a byte-order mark and replaces invalid bytes instead of throwing.
    const text = decodeText(body);
    if (utf16 && text.slice(0, SNIFF_BYTES / 2).includes('\u0000')) return { ok: false, reason: 'binary' };
    const contentType = response.headers.get('content-type') ?? '';
    return { ok: true, text, bytes: body.byteLength, contentType };
  } catch (error) {
    if (error instanceof TooLarge) return { ok: false, reason: 'too-large' };
    if (error instanceof CorruptGzip) return { ok: false, reason: 'corrupt-gzip' };
    return { ok: false, reason: controller.signal.aborted ? 'timeout' : 'network' };
  } finally {
    clearTimeout(timer);
    // Ends a download that reading stopped early (at a cap, on bad gzip) and that is still under way.
    controller.abort();
  }
}

/** The body's chunks as they arrive, throwing `TooLarge` past `maxBytes`; leaving early cancels it. */
async function* chunksWithin(body: ReadableStream<Uint8Array>, maxBytes: number): AsyncGenerator<Uint8Array> {
  const reader = body.getReader();
  let bytes = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      bytes += value.byteLength;
      if (bytes > maxBytes) throw new TooLarge();
      yield value;
    }
  } finally {
    await reader.cancel().catch(() => undefined);
  }
}

/** All the chunks in one array, throwing `TooLarge` (and so stopping the source) past `maxBytes`. */
async function collectWithin(chunks: AsyncIterable<Uint8Array>, maxBytes: number): Promise<Uint8Array> {
  const kept: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of chunks) {
    size += chunk.byteLength;
    if (size > maxBytes) throw new TooLarge();
    kept.push(chunk);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of kept) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}
