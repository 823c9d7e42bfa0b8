/** The terminal's limits: how a paste is told from typing (`sockerr scan` streams any size). */
export const TERMINAL_LIMITS = {
  /**
   * A pause this long after a line ends a paste that came without brackets (piped input, a
   * terminal without bracketed paste): long enough for a paste split over several network
   * packets (SSH), short enough that a typed line is answered at once.
   */
  pasteQuietMs: 150,
} as const;
