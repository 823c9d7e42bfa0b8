/** The terminal's limits: what `scan` reads at most, and how a paste is told from typing. */
export const TERMINAL_LIMITS = {
  /** Largest file or standard input `sockerr scan` reads; bigger logs should be split. */
  maxScanBytes: 256 * 1024 * 1024,
  /**
   * A pause this long after a line ends a paste that came without brackets (piped input, a
   * terminal without bracketed paste): long enough for a paste split over several network
   * packets (SSH), short enough that a typed line is answered at once.
   */
  pasteQuietMs: 150,
} as const;
