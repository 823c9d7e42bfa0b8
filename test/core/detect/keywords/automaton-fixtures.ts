import { type CompiledAutomaton, compileAutomaton } from '../../../../src/core/detect/keywords/compile.js';

/** The automaton of `words` (as given: normalize them first), each reported under its own index. */
export const compileWords = (words: readonly string[], asciiOnly: boolean): CompiledAutomaton =>
  compileAutomaton(
    words,
    words.map((_, i) => i),
    asciiOnly,
  );

/**
 * One pass from the root over `[from, to)` of a text, a character at a time (`code(i)` its i-th):
 * the reference the loops and cuts are held to.
 */
export function stepOver(
  a: CompiledAutomaton,
  code: (i: number) => number,
  from: number,
  to: number,
): number {
  let state = 0;
  for (let i = from; i < to; i++)
    state = a.delta[(state << a.shift) | (a.columnOf[code(i)] as number)] as number;
  return state;
}
