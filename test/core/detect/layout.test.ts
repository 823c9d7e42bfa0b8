import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readLayout, readLayoutSoFar } from '../../../src/core/detect/layout.js';

describe('readLayout', () => {
  it('reads the blanks every one of the first lines starts with as the margin, empty lines aside', () => {
    expect(readLayout('    Error: connect\n\n    at Socket\n      at TCP').margin).toBe(4);
    expect(readLayout('Error: connect\n    at Socket').margin).toBe(0);
    // A margin wider than any paste's indentation is a layout's own columns.
    expect(readLayout(`${' '.repeat(41)}a\n${' '.repeat(45)}b`).margin).toBe(0);
  });

  it("reads a quote's or a viewer's prefix as blanks of the margin", () => {
    const quoted = readLayout('> Starting server...\n> System.Net.Sockets.SocketException');
    expect(quoted).toMatchObject({ prefixed: true, margin: 2 });
    expect(quoted.masked).toBe('  Starting server...\n  System.Net.Sockets.SocketException');
    expect(readLayout('api-1  | a\napi-1  | b')).toMatchObject({ prefixed: true, margin: 9 });
  });

  it('is decided from the first eight lines only', () => {
    expect(readLayout(`${'line\n'.repeat(8)}> quoted`)).toMatchObject({ prefixed: false, margin: 0 });
  });
});

describe('readLayoutSoFar', () => {
  const texts = fc
    .array(fc.constantFrom('a', 'Error', ' ', '    ', '\n', '\n> ', '\napi-1  | ', '\r\n', '\n\n'), {
      maxLength: 60,
      size: 'max',
    })
    .map((parts) => parts.join(''));

  it('waits until the first lines are whole, then decides what the whole text decides', () => {
    fc.assert(
      fc.property(texts, fc.nat(), (text, seed) => {
        const cut = seed % (text.length + 1);
        const soFar = readLayoutSoFar(text.slice(0, cut));
        const whole = readLayout(text);
        if (soFar !== null) expect([soFar.prefixed, soFar.margin]).toEqual([whole.prefixed, whole.margin]);
        // Past its eighth line a text is always decided.
        if (text.slice(0, cut).split('\n').length > 9) expect(soFar).not.toBeNull();
      }),
      { numRuns: 2000 },
    );
  });
});
