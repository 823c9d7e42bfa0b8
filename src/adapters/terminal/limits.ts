/** The terminal's limits: what `scan` reads at most, and how a paste is told from typing. */
export const TERMINAL_LIMITS = {
  /** Largest file or standard input `sockerr scan` reads; bigger logs should be split. */
  maxScanBytes: 256 * 1024 * 1024,
  /** In an interactive shell, a pause this long after a line ends a multi-line paste. */
  pasteQuietMs: 60,
} as const;
