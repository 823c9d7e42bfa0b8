import { describe, expect, it } from 'vitest';
import { showsExceptionOf } from '../../../../src/core/reply/paste/same-failure.js';
import { scanInPieces, testCore } from '../../../helpers/core.js';

describe('showsExceptionOf', () => {
  it("finds the trace's exception message in the line logged before it", () => {
    const logged = 'ERROR failed: java.net.ConnectException: Connection refused (Connection refused)\n';
    expect(
      showsExceptionOf(logged, 'java.net.ConnectException: Connection refused (Connection refused)'),
    ).toBe(true);
    expect(showsExceptionOf(logged, 'Error: connect ECONNREFUSED 10.0.0.5:5432')).toBe(false);
  });

  it('reads the message after the first exception class whose message runs to the line end', () => {
    const first = 'org.x.WrapperException: java.net.SocketTimeoutException: Read timed out';
    expect(showsExceptionOf('failed: Read timed out', first)).toBe(false);
    expect(showsExceptionOf('failed: java.net.SocketTimeoutException: Read timed out', first)).toBe(true);
    expect(showsExceptionOf('failed: Error: short', 'Error: short')).toBe(false);
  });

  it('reads a message at the end of a long first line, after however many blanks', () => {
    const logged = 'failed: connection refused by db.example.com';
    const head = `${'x'.repeat(5_000)} java.net.ConnectException:`;
    expect(showsExceptionOf(logged, `${head}${' '.repeat(300)}connection refused by db.example.com`)).toBe(
      true,
    );
    expect(showsExceptionOf(logged, `${head}\t\t connection refused by db.example.com   `)).toBe(true);
    // The message is what follows the first class word whose message reaches the end.
    const two = `${head} ${'y'.repeat(150)} Error: connection refused by db.example.com`;
    expect(showsExceptionOf(logged, two)).toBe(false);
    expect(
      showsExceptionOf(`failed: ${'y'.repeat(150)} Error: connection refused by db.example.com`, two),
    ).toBe(true);
  });

  it('reads a trace whose first line is one long word in time linear in it', () => {
    // A base64 blob or a minified line: every start in the word once tried a class name to its end.
    const started = performance.now();
    const line = `Error: connect ECONNREFUSED 10.0.0.5:5432 ${'A'.repeat(200_000)}`;
    expect(showsExceptionOf(line, line)).toBe(false);
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});

describe('a logged error followed by a trace whose first line is 200 000 characters', () => {
  const { core } = testCore();
  // Quadratic in the line, this took minutes; linear, milliseconds (the budget is for a busy machine).
  const text = `Error: connect ECONNREFUSED 10.0.0.1:5432\nError: connect ECONNREFUSED 10.0.0.1:5432 ${'A'.repeat(200_000)}\n    at TCPConnectWrap.afterConnect (node:net:1555:16)\n`;

  it('is answered by a scan in well under 2 s', () => {
    const started = performance.now();
    expect(core.scan(text, 'en').reply).not.toBeNull();
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it('is answered by a scan of the log in pieces in well under 2 s', () => {
    const started = performance.now();
    expect(scanInPieces(core, text, 65_536).reply).not.toBeNull();
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});
