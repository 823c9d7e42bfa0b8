import type { Locale } from '../../core/index.js';
import type { FeedbackSource } from './feedback-cli.js';

/** What `sockerr` reads and writes: the process's streams in cli.ts, captured ones in tests. */
export interface CliIo {
  /** The language when `--lang` is not given. */
  defaultLang: Locale;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** The text of a file, or of standard input for `-`, piece by piece, in `encoding` if named (see read-text.ts). */
  readText: (source: string, encoding?: string) => AsyncIterable<string>;
  color: boolean;
  /** Standard input is a terminal: `scan -` says it waits for a paste rather than sit silent. */
  stdinIsTerminal?: boolean;
  /**
   * Calls `stop` at the first Ctrl-C (SIGINT) or SIGTERM (a supervisor, `timeout`) while `scan`
   * reads `source`, standard input (`-`) or a pipe or device, and lets go of it; a second signal ends
   * the process as usual. Returns what takes the handlers back.
   */
  onInterrupt?: (stop: (signal: 'SIGINT' | 'SIGTERM') => void, source: string) => () => void;
  /** Whether a FILE is a pipe (`<(tail -f app.log)`, a FIFO) or a device: like standard input, it may not end. */
  isStream?: (source: string) => boolean;
  /** What `--version` prints (package.json's version). */
  version: string;
  /** `sockerr feedback`: opens the store the environment configures (absent: not offered). */
  openFeedback?: () => Promise<FeedbackSource>;
  now?: () => number;
}
