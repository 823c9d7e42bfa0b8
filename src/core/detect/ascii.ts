const ENCODER = new TextEncoder();
/** Reused from call to call; grows to the longest text asked about. */
let scratch = new Uint8Array(256);

/**
 * Is every character of `text` ASCII? A native copy of its UTF-8 into a buffer as long as the text
 * stops short of the text's end exactly when some character takes more than one byte: several
 * times cheaper than a regex search or a loop (a log's every piece, thousands of texts at start-up).
 */
export function isAscii(text: string): boolean {
  if (scratch.length < text.length) scratch = new Uint8Array(Math.max(text.length, 2 * scratch.length));
  return ENCODER.encodeInto(text, scratch.subarray(0, text.length)).read === text.length;
}

/** `[0-9A-Fa-f]`. */
export const isHexDigitCode = (c: number): boolean =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);

/**
 * Where the line whose break is at `nl` ends: before every carriage return right before the break (a
 * Windows `\r\n`, a doubled `\r\r\n`, a JSON string's escaped `\r\n` read as `\r\r\r\n`), not before `start`.
 */
export function lineEndAt(text: string, nl: number, start = 0): number {
  let end = nl;
  while (end > start && text.charCodeAt(end - 1) === 13) end--;
  return end;
}

/** A space, a tab or a line break (`[ \t\r\n]`): the white space a paste's lines and prefixes leave. */
export const isBlankCode = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13;
