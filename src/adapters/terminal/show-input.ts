/**
 * What came from outside (an argument, a file name, an environment variable, an error's message
 * about them) shown in a message on the terminal: a control character or escape sequence in it
 * would be obeyed by the terminal (colours, a moved cursor, a retitled window, text overwritten),
 * so each is written out as an escape (`\x1b`) that the user can read and act on.
 */

/** C0 and C1 controls, DEL, and the bidirectional overrides that reorder what the eye reads. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
/** Beyond this, a value is cut: a 5,000-character argument named in a one-line error is noise. */
const SHOWN_CHARS = 120;

const escaped = (c: string) => {
  const code = c.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16)}`;
};

/** Does `text` hold a character a terminal would act on rather than show? */
function hasUnsafe(text: string): boolean {
  UNSAFE.lastIndex = 0;
  return UNSAFE.test(text);
}

/** One value (an argument, a path) for a one-line message: controls escaped, a long one cut. */
export function showInput(value: string): string {
  // Cut between two characters, never inside a surrogate pair (its half would print as U+FFFD).
  const end = /[\ud800-\udbff]/.test(value.charAt(SHOWN_CHARS - 2)) ? SHOWN_CHARS - 2 : SHOWN_CHARS - 1;
  const cut = value.length > SHOWN_CHARS ? `${value.slice(0, end)}…` : value;
  return cut.replace(UNSAFE, escaped);
}

/** A message that may quote such values over several lines: controls escaped, its line breaks kept. */
export function showText(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(UNSAFE, escaped))
    .join('\n');
}

/**
 * A file name as a POSIX shell reads it back: `'it'\''s.log'`, or, when it holds control
 * characters, bash's `$'…'` with them escaped, so the suggested command can be pasted as it is.
 */
export function shellQuote(word: string): string {
  if (!hasUnsafe(word)) return `'${word.replaceAll("'", "'\\''")}'`;
  return `$'${word.replace(/[\\']/g, (c) => `\\${c}`).replace(UNSAFE, escaped)}'`;
}
