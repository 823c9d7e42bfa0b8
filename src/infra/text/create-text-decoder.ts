import { TextDecoder } from 'node:util';

/** The encodings a file is read in: UTF-8 unless a byte-order mark says UTF-16. */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be';

/** A decoder fed bytes piece by piece, as a file or a download comes in. */
export interface StreamingTextDecoder {
  /** The text of `bytes`, less what waits for the next piece (a character split between two). */
  write(bytes: Uint8Array): string;
  /** Whatever was held back, a character cut at the end of the bytes as U+FFFD. */
  end(): string;
  /** The encoding chosen, once the first bytes have come (UTF-8 until then). */
  readonly encoding: TextEncodingName;
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

/**
 * A streaming decoder that reads the encoding from the first two bytes. Malformed bytes become
 * U+FFFD, never an exception; a byte-order mark is kept as U+FEFF, as Node's `readFile(path,
 * 'utf8')` keeps a UTF-8 one, so offsets in the text are the same however it was read.
 */
export function createTextDecoder(): StreamingTextDecoder {
  let decoder: TextDecoder | null = null;
  let encoding: TextEncodingName = 'utf-8';
  // A first piece of one byte cannot show a mark yet: it waits for the next.
  let pending: Uint8Array | null = null;
  const start = (head: Uint8Array) => {
    encoding = sniffEncoding(head);
    decoder = new TextDecoder(encoding, { ignoreBOM: true });
    return decoder;
  };
  return {
    get encoding() {
      return encoding;
    },
    write(bytes) {
      let input = bytes;
      if (pending) {
        input = new Uint8Array(pending.length + bytes.length);
        input.set(pending);
        input.set(bytes, pending.length);
        pending = null;
      }
      if (!decoder && input.length < 2) {
        pending = input.slice();
        return '';
      }
      return (decoder ?? start(input)).decode(input, { stream: true });
    },
    end() {
      const rest = pending ?? new Uint8Array(0);
      pending = null;
      return (decoder ?? start(rest)).decode(rest);
    },
  };
}

/** A whole body at once (a download), decoded as `createTextDecoder` would, its mark dropped. */
export function decodeText(bytes: Uint8Array): string {
  return new TextDecoder(sniffEncoding(bytes)).decode(bytes);
}
