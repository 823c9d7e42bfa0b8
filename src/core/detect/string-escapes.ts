/**
 * A text printed as a string literal: a structured log's field (`{"level":"error","msg":"…"}`,
 * Docker's json-file log, a Python or Node repr of an error, a JSON API's error body) carries its
 * line breaks as `\n`, its tabs as `\t` and its quotes as `\"`. Read as they are, `\nConnection
 * refused` is one word (`nConnection`) and `5432\n` no number: the text after each break was lost
 * (498 corpus pastes carry such escapes). Each escape is read as what it stands for, padded with a
 * space in front (`\t` as a space and a tab), so the text keeps its length and every offset into it
 * stays true. A line break is padded with a carriage return instead (`\n` as a CRLF): every reader
 * takes a CRLF's line for the line before it, so a console's copy keeps its width (a blank there made
 * each line a column wider than the console, and no break of it was taken for a console's: corpus
 * c59-059 in a JSON log lost `socket a` / `ddress`), and a rule's line break matches as in a CRLF
 * text (`Connection timed out` / `: select`); an escaped carriage return as two, so Windows' `\r\n` is
 * carriage returns only before its break, which every reader of a line's width passes over. An escaped backslash (`\\n`, as in `C:\\nginx`) is no
 * escape of `n`: it is read as a backslash and a space. A lone `\n` in a Windows path (`C:\nginx`)
 * only splits the path, where no error is read.
 * What this returns has no escape left, nor a `\\`: reading again any part of it changes nothing,
 * so a text read piece by piece (pieces joined, then read, as terminal codes are masked) is read
 * as the whole text is.
 */

const READ_AS: Readonly<Record<string, string>> = { n: '\r\n', r: '\r\r', t: ' \t', '"': ' "', '\\': '\\ ' };

/** The text with every `\n`, `\r`, `\t`, `\"` and `\\` escape as the character it stands for. */
export function readStringEscapes(text: string): string {
  let at = text.indexOf('\\');
  // Nearly every text has no backslash: one native search, and the text is returned as it is.
  if (at < 0) return text;
  const parts: string[] = [];
  let from = 0;
  for (; at >= 0 && at < text.length - 1; at = text.indexOf('\\', at + 1)) {
    const read = READ_AS[text[at + 1] as string];
    if (read === undefined) continue;
    parts.push(text.slice(from, at), read);
    from = at + 2;
    // The escaped character is not looked at again (the second `\` of `\\` escapes nothing).
    at++;
  }
  if (from === 0) return text;
  parts.push(text.slice(from));
  return parts.join('');
}
