/** What the shell does with what was typed or pasted. */
export interface LineHandlers {
  /** A whole message: one line, or a multi-line paste. */
  message(text: string): void;
  /** `/sockerr <text>`, with `/sockerr` removed. */
  command(text: string): void;
  /** `/quit` or `/exit`. */
  quit(): void;
}

export interface LineReader {
  /** One line of input, as readline delivers it. */
  line(line: string): void;
  /** Hands over a paste still being gathered (input ended, or a command came). */
  flush(): void;
}

const COMMAND = /^\/sockerr(?:\s+|$)/i;
const QUIT = /^\/(quit|exit)$/i;

/**
 * Turns lines into messages. A paste arrives as many lines in one burst, so lines are gathered
 * into one message until a blank line, a command, the end of input, or (typing at a terminal)
 * a short pause.
 */
export function createLineReader(
  handlers: LineHandlers,
  options: { interactive: boolean; quietMs: number },
): LineReader {
  let buffer: string[] = [];
  let quietTimer: NodeJS.Timeout | undefined;

  const flush = () => {
    if (quietTimer) clearTimeout(quietTimer);
    quietTimer = undefined;
    if (buffer.length === 0) return;
    const text = buffer.join('\n');
    buffer = [];
    handlers.message(text);
  };

  const line = (raw: string) => {
    const trimmed = raw.trim();
    if (QUIT.test(trimmed)) return handlers.quit();
    if (COMMAND.test(trimmed)) {
      flush();
      return handlers.command(trimmed.replace(COMMAND, ''));
    }
    if (trimmed === '') return flush();
    buffer.push(raw);
    if (options.interactive) {
      if (quietTimer) clearTimeout(quietTimer);
      quietTimer = setTimeout(flush, options.quietMs);
    }
  };

  return { line, flush };
}
