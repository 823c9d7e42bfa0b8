import { describe, expect, it } from 'vitest';
import { corpusPaste } from '../../helpers/corpus.js';
import { anyIds, detectErrors } from '../../helpers/detect.js';

const levels = (text: string) => detectErrors(text).map((f) => [f.id, f.confidence]);

/**
 * Python's BrokenPipeError and Node's EPIPE when a program's output is piped into head(1): a shell
 * pipe, not a socket (corpus rounds 224 and 229). The same class from a socket keeps its reading.
 */
describe('a broken pipe into head', () => {
  it("reads nothing in CPython's tracker title 'BrokenPipeError when piping to head (linux)' (c224-047)", () => {
    expect(anyIds(corpusPaste('c224-047'))).toEqual([]);
  });

  it("reads nothing in a maintainer's explanation of BrokenPipeError with '| head -n 3' (Backblaze/B2_Command_Line_Tool #1071, c229-056)", () => {
    const opening = corpusPaste('c229-056').slice(0, 700);
    expect(opening).toContain('| head -n 3');
    expect(anyIds(opening)).toEqual([]);
  });

  it('reads nothing in Node’s write EPIPE under a title about piping to head', () => {
    expect(
      anyIds('Error when piped to head\n\nError: write EPIPE\n    at WriteWrap.afterWrite (net.js:793:14)'),
    ).toEqual([]);
  });

  it("still reads BrokenPipeError from a socket, with no head near (Allmon3's AMI socket, c78-033)", () => {
    expect(levels(corpusPaste('c78-033')).map(([id]) => id)).toContain('EPIPE');
  });

  it('reads nothing in Node’s write EPIPE where head is named as the reader that stops early (c234-032)', () => {
    expect(anyIds(corpusPaste('c234-032'))).toEqual([]);
  });

  it('reads nothing in the fields of a Node EPIPE whose head line is the pipe’s, however long its stack (c234-035)', () => {
    const paste = corpusPaste('c234-035');
    expect(paste.indexOf('errno: -32') - paste.indexOf('| head')).toBeGreaterThan(300);
    expect(anyIds(paste)).toEqual([]);
  });

  it('still reads a socket’s write EPIPE and its fields with no head near', () => {
    const frames = Array.from(
      { length: 12 },
      (_, i) => `    at frame${i} (node:internal/stream_base_commons:${i}:1)`,
    );
    expect(
      levels(
        `Error: write EPIPE\n    at afterWriteDispatched (node:internal/stream_base_commons:161:15)\n${frames.join('\n')}\n    at Socket._write (node:net:957:8) {\n  errno: -32,\n  code: 'EPIPE',\n  syscall: 'write'\n}`,
      ),
    ).toEqual([['EPIPE', 'high']]);
  });
});
