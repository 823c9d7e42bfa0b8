import { StringDecoder } from 'node:string_decoder';
import { TextDecoder } from 'node:util';
import { readCodePageLabel } from './code-page-label.js';
import { createUtf8Decoder, type PieceDecoder } from './utf8-decoder.js';

/** The encodings a file is read in: UTF-8 unless a byte-order mark says UTF-16. */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be';

/** A decoder fed bytes piece by piece, as a file or a download comes in. */
export interface StreamingTextDecoder {
  /** The text of `bytes`, less what waits for the next piece (a character split between two). */
  write(bytes: Uint8Array): string;
  /** Whatever was held back, a character cut at the end of the bytes as U+FFFD. */
  end(): string;
  /** The encoding read: the one named, or the one the first bytes chose (UTF-8 until they come). */
  readonly encoding: string;
}

/**
 * The encoding a byte-order mark names. Windows PowerShell 5 writes a log with `>` or `Out-File` as
 * UTF-16LE with a mark, and so do Notepad's "Unicode" and many Windows tools: read as UTF-8, such a
 * file is NUL bytes and no text at all. No mark is read as UTF-8, as ripgrep and Node do: the
 * legacy code pages (GBK, Shift-JIS, CP1251) cannot be told apart from their bytes reliably.
 */
export function sniffEncoding(head: Uint8Array): TextEncodingName {
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  return 'utf-8';
}

/** The Unicode encodings' labels, read by Node's `StringDecoder` (the others through ICU). */
const UNICODE = new Map<string, TextEncodingName>([
  ['utf-8', 'utf-8'],
  ['utf8', 'utf-8'],
  ['utf-16le', 'utf-16le'],
  ['utf-16', 'utf-16le'],
  ['utf-16be', 'utf-16be'],
]);

/**
 * Is `given` an encoding the decoder can read (a WHATWG label: `gbk`, `big5`, `shift_jis`,
 * `windows-1251`, `utf-16le`…, or a Windows code page's number: `cp936`)? Node reads the legacy
 * ones through ICU, which official builds have.
 */
export function isKnownEncoding(given: string): boolean {
  const label = readCodePageLabel(given);
  if (UNICODE.has(label.toLowerCase())) return true;
  try {
    new TextDecoder(label);
    return true;
  } catch {
    return false;
  }
}

/**
 * A decoder for a code page someone named (`--encoding gbk`): a log a Windows program wrote on a
 * Chinese, Japanese or Russian Windows, which nothing in its bytes names. It must be known
 * (`isKnownEncoding`). A byte-order mark, which no code page has, is not looked for.
 */
function createLegacyDecoder(label: string): StreamingTextDecoder {
  const decoder = new TextDecoder(label);
  return {
    encoding: decoder.encoding,
    write: (bytes) => decoder.decode(bytes, { stream: true }),
    end: () => decoder.decode(),
  };
}

/**
 * A streaming decoder that reads the encoding from the first two bytes. Malformed bytes become
 * U+FFFD, never an exception; a byte-order mark is kept as U+FEFF, as Node's `readFile(path,
 * 'utf8')` keeps a UTF-8 one, so offsets in the text are the same however it was read. UTF-8 is
 * read by `createUtf8Decoder` (ASCII pieces as they are, others by `TextDecoder`), UTF-16 by Node's
 * `StringDecoder`; big-endian UTF-16 is turned little-endian first.
 */
export function createTextDecoder(given?: string): StreamingTextDecoder {
  // A Windows code page by its number (`cp936`, what `chcp` shows) is read as its label (`gbk`).
  const named = given === undefined ? undefined : readCodePageLabel(given);
  if (named !== undefined && !UNICODE.has(named.toLowerCase())) return createLegacyDecoder(named);
  let decoder: PieceDecoder | null = null;
  let encoding: TextEncodingName = 'utf-8';
  // A first piece of one byte cannot show a mark yet; a big-endian text's odd byte waits for its pair.
  let pending: Buffer | null = null;
  const start = (head: Uint8Array) => {
    encoding = UNICODE.get(named?.toLowerCase() ?? '') ?? sniffEncoding(head);
    decoder = encoding === 'utf-8' ? createUtf8Decoder() : new StringDecoder('utf16le');
    return decoder;
  };
  /** The bytes to decode now: any held back first; for big-endian UTF-16, whole pairs swapped. */
  const take = (bytes: Uint8Array, last: boolean): Buffer => {
    let input = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if (pending) input = Buffer.concat([pending, input]);
    pending = null;
    if (encoding !== 'utf-16be') return input;
    const whole = input.length & ~1;
    if (!last && whole < input.length) pending = Buffer.from(input.subarray(whole));
    // A copy: the caller's buffer (a file read into one reused buffer) is not swapped under it.
    const pairs = Buffer.from(input.subarray(0, whole)).swap16();
    return last && whole < input.length ? Buffer.concat([pairs, input.subarray(whole)]) : pairs;
  };
  return {
    get encoding() {
      return encoding;
    },
    write(bytes) {
      if (decoder) return decoder.write(take(bytes, false));
      // The bytes held for the mark go in front once, here.
      const input = pending ? Buffer.concat([pending, bytes]) : bytes;
      pending = null;
      if (input.length < 2) {
        pending = Buffer.from(input);
        return '';
      }
      return start(input).write(take(input, false));
    },
    end() {
      const active = decoder ?? start(pending ?? Buffer.alloc(0));
      return active.end(take(new Uint8Array(0), true));
    },
  };
}

/** A whole body at once (a download), decoded as `createTextDecoder` decodes it, its mark dropped. */
export function decodeText(bytes: Uint8Array): string {
  const decoder = createTextDecoder();
  const text = decoder.write(bytes) + decoder.end();
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
