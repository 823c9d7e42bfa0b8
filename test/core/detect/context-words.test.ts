import { describe, expect, it } from 'vitest';
import { createContextWords } from '../../../src/core/detect/context-words.js';
import { buildContextPatterns } from '../../../src/core/detect/pattern-builders.js';

// uWSGI's SIGPIPE line (test/fixtures/corpus: round 26) carries a 35-character socket word.
const WORD = 'the client disconnected) on request';
const [socketWords, fileWords] = buildContextPatterns([WORD, 'socket'], ['open']);

describe('createContextWords', () => {
  it('finds a long socket word wherever it starts, a chunk end included', () => {
    // Chunks are 512 characters: start the word at every offset around the first chunk's end.
    for (let at = 470; at <= 520; at++) {
      const text = `${'x'.repeat(at)} ${WORD} ${'y'.repeat(600)}`;
      const words = createContextWords(text, socketWords, fileWords);
      // A mention right after the word: the distance is counted from where the word starts.
      const after = at + 1 + WORD.length + 1;
      expect(words.socket(after, after + 5), `word at ${at + 1}`).toBe(WORD.length + 1);
    }
  });

  it('finds no socket word in a text without one', () => {
    const words = createContextWords('x'.repeat(2000), socketWords, fileWords);
    expect(words.socket(1000, 1005)).toBe(Number.POSITIVE_INFINITY);
  });
});
