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

  it('finds a word whose spaces a line break and a prefix stretched, wherever it starts', () => {
    // Each space as a line break and the blanks of a viewer's stacked prefixes: a run of 60.
    const stretched = WORD.replaceAll(' ', `\n${' '.repeat(59)}`);
    for (let at = 300; at <= 520; at += 7) {
      const text = `${'x'.repeat(at)} ${stretched} ${'y'.repeat(1200)}`;
      const words = createContextWords(text, socketWords, fileWords, [], true);
      const after = at + 1 + stretched.length + 1;
      expect(words.socket(after, after + 5), `word at ${at + 1}`).toBe(WORD.length + 1);
    }
  });

  it('finds no socket word in a text without one', () => {
    const words = createContextWords('x'.repeat(2000), socketWords, fileWords);
    expect(words.socket(1000, 1005)).toBe(Number.POSITIVE_INFINITY);
  });
});

describe('the distance to a context word', () => {
  const near = (filler: string, stretch = true) => {
    const text = `socket closed\n${' '.repeat(29)}${filler}\n${' '.repeat(29)}EPIPE`;
    const at = text.indexOf('EPIPE');
    return {
      raw: at,
      distance: createContextWords(text, socketWords, fileWords, [], stretch).socket(at, at + 5),
    };
  };

  it('counts a run of white space once in a prefixed text, as its prefixes read as blanks are', () => {
    // A CI log's times before every line are read as blanks: the word two lines up stays near.
    const { raw, distance } = near('z'.repeat(200));
    expect(raw).toBeGreaterThan(240);
    // `socket closed`, one for each line break with the blanks after it, the 200 characters between.
    expect(distance).toBe(13 + 1 + 200 + 1);
  });

  it('counts every character in a text no viewer prefixed', () => {
    const { raw, distance } = near('z'.repeat(80), false);
    expect(distance).toBe(raw);
    expect(near('z'.repeat(200), false).distance).toBe(Number.POSITIVE_INFINITY);
  });

  it('still ends 240 characters away that are not white space', () => {
    expect(near('z'.repeat(225)).distance).toBe(240);
    expect(near('z'.repeat(226)).distance).toBe(Number.POSITIVE_INFINITY);
  });
});
