import { PATTERNS } from './patterns.js';

/** The escape character (ESC) that starts every terminal control sequence. */
const ESC = '\u001b';

/**
 * The text with every terminal control sequence (colours, erasing, titles) replaced by as many
 * spaces: a log written for a terminal (`kubectl logs` of a coloured app, a CI job's raw log,
 * a Docker container's output) puts `ESC[31m` right before a symbol (`ESC[31mWSAECONNRESET`,
 * which then reads as a word ending in `m`) and between a message and its number. The length
 * stays the same, so every offset into the text stays true. A text with no ESC (nearly every
 * text) is returned as it is, after one native search.
 */
export function maskTerminalCodes(text: string): string {
  if (text.indexOf(ESC) < 0) return text;
  return text.replace(PATTERNS.terminalCode, (code) => ' '.repeat(code.length));
}
