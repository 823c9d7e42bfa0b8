import { decodeText, sniffEncoding } from '../text/index.js';

/** Why a text could not be read; `http_<status>` for an answer other than 2xx. */
type FetchTextFailure = 'too-large' | 'binary' | 'timeout' | 'network' | `http_${number}`;

type FetchTextResult =
  | { ok: true; text: string; bytes: number; contentType: string }
  | { ok: false; reason: FetchTextFailure };

export interface FetchTextOptions {
  headers?: Record<string, string>;
  /** Read no further than this; a longer body is abandoned, never buffered past it. */
  maxBytes: number;
  /** For the whole download, headers and body. */
  timeoutMs: number;
}

/** Bytes of the start of a body looked at for NUL, the mark of a binary file. */
const SNIFF_BYTES = 8192;

/**
 * Downloads a text file (a Slack snippet, a Discord attachment) with Node's fetch: streamed, never
 * past `maxBytes` (the declared length is checked first, then every chunk), within a deadline,
 * and refused when it is binary. Every failure is a reason, not an exception.
 */
export async function fetchText(url: string, options: FetchTextOptions): Promise<FetchTextResult> {
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
    const reader = response.body.getReader();
    const chunks: Uint8Array[] = [];
    let bytes = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      bytes += value.byteLength;
      if (bytes > options.maxBytes) {
        await reader.cancel().catch(() => undefined);
        return { ok: false, reason: 'too-large' };
      }
      chunks.push(value);
    }
    const body = join(chunks, bytes);
    // UTF-16 text (a Windows PowerShell log) is half NUL bytes: it is looked at for NUL characters.
    const utf16 = sniffEncoding(body) !== 'utf-8';
    if (!utf16 && body.subarray(0, SNIFF_BYTES).includes(0)) return { ok: false, reason: 'binary' };
    // Drops a byte-order mark and replaces invalid bytes instead of throwing.
    const text = decodeText(body);
    if (utf16 && text.slice(0, SNIFF_BYTES / 2).includes('\u0000')) return { ok: false, reason: 'binary' };
    const contentType = response.headers.get('content-type') ?? '';
    return { ok: true, text, bytes, contentType };
  } catch {
    return { ok: false, reason: controller.signal.aborted ? 'timeout' : 'network' };
  } finally {
    clearTimeout(timer);
  }
}

function join(chunks: readonly Uint8Array[], size: number): Uint8Array {
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}
