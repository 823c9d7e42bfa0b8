/** What the shell does with what was typed or pasted. */
export interface LineHandlers {
  /** A whole message: one line, or a multi-line paste with its blank lines. */
  message(text: string): void;
  /** `/sockerr <text>`, with `/sockerr` removed; a bracketed paste may give it several lines. */
  command(text: string): void;
  /** `/quit` or `/exit`. */
  quit(): void;
}

export interface LineReader {
  /** One line of input, as readline delivers it (piped input keeps the paste brackets in it). */
  line(line: string): void;
  /** The terminal says a paste begins (bracketed paste, `ESC [200~`). */
  pasteStart(): void;
  /** The terminal says the paste ended (`ESC [201~`); `midLine`: its last line has no newline yet. */
  pasteEnd(midLine?: boolean): void;
  /** Hands over a message still being gathered (input ended). */
  flush(): void;
}

/** Bracketed paste: terminals wrap pasted text in these once asked with `ESC [?2004h`. */
export const PASTE_START = '\u001b[200~';
export const PASTE_END = '\u001b[201~';

const COMMAND = /^\/sockerr(?:\s+|$)/i;
const QUIT = /^\/(quit|exit)$/i;

/**
 * Turns lines into messages. A paste is one message, blank lines included: between the
 * terminal's paste brackets when it sends them, otherwise every line that arrives before a short
 * pause (a paste arrives in one burst; a person types slower). A `/sockerr` line typed on its own
 * is a command at once; a pasted one takes the whole paste as its text.
 */
export function createLineReader(handlers: LineHandlers, options: { quietMs: number }): LineReader {
  let buffer: string[] = [];
  let pasting = false;
  /** A paste ended in the middle of a line: the next line (Enter) completes and sends it. */
  let completing = false;
  let quietTimer: NodeJS.Timeout | undefined;

  const send = () => {
    if (quietTimer) clearTimeout(quietTimer);
    quietTimer = undefined;
    const text = buffer
      .join('\n')
      .replace(/^[ \t\n]*\n/, '')
      .trimEnd();
    buffer = [];
    if (text.trim() === '') return;
    if (COMMAND.test(text.trimStart())) handlers.command(text.trimStart().replace(COMMAND, ''));
    else handlers.message(text);
  };

  const pasteStart = () => {
    send();
    pasting = true;
  };
  const pasteEnd = (midLine = false) => {
    pasting = false;
    if (midLine) completing = true;
    else send();
  };

  const line = (raw: string) => {
    const starts = raw.includes(PASTE_START);
    const ends = raw.includes(PASTE_END);
    const text = raw.replaceAll(PASTE_START, '').replaceAll(PASTE_END, '');
    if (starts) pasteStart();
    if (pasting || completing) {
      buffer.push(text);
      if (completing || ends) {
        completing = false;
        pasteEnd();
      }
      return;
    }
    const trimmed = text.trim();
    if (QUIT.test(trimmed)) {
      send();
      return handlers.quit();
    }
    if (COMMAND.test(trimmed)) {
      send();
      return handlers.command(trimmed.replace(COMMAND, ''));
    }
    buffer.push(text);
    if (quietTimer) clearTimeout(quietTimer);
    quietTimer = setTimeout(send, options.quietMs);
  };

  return {
    line,
    pasteStart,
    pasteEnd,
    flush: () => {
      pasting = false;
      completing = false;
      send();
    },
  };
}
