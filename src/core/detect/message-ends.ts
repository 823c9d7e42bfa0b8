import { matchKeyword } from './keywords/match.js';
import { hasMessageBoundaries } from './text.js';

/**
 * Where the whole text `full` matched at `start` ends (long texts are confirmed past the automaton's
 * prefix), or -1 when it does not match there or is part of a longer word.
 */
export function matchedEnd(text: string, full: string, key: string, start: number, end: number): number {
  const fullEnd = full.length > key.length ? matchKeyword(text, full, start) : end;
  return fullEnd >= 0 && hasMessageBoundaries(text, start, fullEnd) ? fullEnd : -1;
}

/** Includes the final period that some runtimes print and others strip (Python, Go, Rust differ). */
export function withFinalDot(text: string, end: number): number {
  // A message that ends the text (or a streamed piece): a read past its end deoptimizes the callers.
  if (end >= text.length) return end;
  const next = text[end];
  // `did not...`: the dots of an ellipsis say the text was cut, they do not end it.
  if (next === '.') return text[end + 1] === '.' ? end : end + 1;
  return next === '。' ? end + 1 : end;
}
