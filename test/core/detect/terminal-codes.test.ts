import { describe, expect, it } from 'vitest';
import { conditionText } from '../../../src/core/detect/line-before.js';
import { maskColourRemnants, maskTerminalCodes } from '../../../src/core/detect/terminal-codes.js';
import { createDetector } from '../../../src/core/index.js';
import { realData } from '../../helpers/core.js';
import { detectErrors, highIds, readInPieces } from '../../helpers/detect.js';

const ESC = '\u001b';

describe('maskTerminalCodes', () => {
  it('replaces colours, erasing and character-set escapes with as many spaces', () => {
    const text = `${ESC}[1;31mERROR${ESC}[0m: read ECONNRESET${ESC}[K${ESC}(B`;
    const masked = maskTerminalCodes(text);
    expect(masked).toBe('       ERROR    : read ECONNRESET      ');
    expect(masked).toHaveLength(text.length);
  });

  it('replaces a terminal hyperlink, ended by BEL or by ESC backslash', () => {
    expect(maskTerminalCodes(`${ESC}]8;;http://x\u0007link${ESC}]8;;${ESC}\\`)).toBe(
      `${' '.repeat(14)}link${' '.repeat(7)}`,
    );
  });

  it('returns a text without ESC as it is', () => {
    const text = 'plain [0m text with brackets [31m left alone';
    expect(maskTerminalCodes(text)).toBe(text);
  });
});

describe('detection in a log written for a terminal', () => {
  it('reads a symbol right after a colour code, and a message and its number across one', () => {
    expect(highIds(`error: ${ESC}[31mWSAECONNRESET${ESC}[0m`)).toEqual(['10054']);
    expect(detectErrors(`${ESC}[31mConnection refused${ESC}[0m (os error 111)`)).toMatchObject([
      { id: '10061', confidence: 'high' },
    ]);
  });

  it('shows the mention without the codes', () => {
    const [finding] = detectErrors(`${ESC}[0;31m[Errno 111]${ESC}[0m Connection refused`);
    expect(finding?.match).not.toContain(ESC);
  });

  it('finds the same in a long coloured log read piece by piece as read whole', () => {
    const detect = createDetector(realData().catalog.entries, realData().rules);
    const lines: string[] = [];
    for (let i = 0; i < 30000; i++)
      lines.push(
        i % 997 === 0
          ? `${ESC}[31mERROR${ESC}[0m error: ${ESC}[1;31mWSAECONNRESET${ESC}[0m on ${i}`
          : `${ESC}[32mINFO${ESC}[0m GET /users/${i} ${ESC}[2m200${ESC}[0m`,
      );
    const text = lines.join('\n');
    // Pieces of an odd size cut codes everywhere, and steps end among them too.
    const streamed = readInPieces(detect, text, 4093);
    expect(streamed).toEqual(detect(text));
    expect(streamed).toMatchObject([{ id: '10054', count: 31 }]);
  });
});

describe('maskColourRemnants', () => {
  it('replaces a colour code whose ESC was lost, or stands as U+FFFD, ^[ or an escape, with as many spaces', () => {
    const text = '[0;31mERROR[0m \ufffd[1m^[[38;5;196m\\u001b[39m\\x1b[2m\\033[0m';
    const masked = maskColourRemnants(text);
    expect(masked).toBe(`${' '.repeat(6)}ERROR${' '.repeat(text.length - 11)}`);
    expect(masked).toHaveLength(text.length);
  });

  it('leaves an index, a link, a duration and brackets without a closing m as they are', () => {
    const text = 'errors[0] see [1] took 5m [12] [0;31 m] [1234m] x[m';
    expect(maskColourRemnants(text)).toBe(text);
  });

  it('reads no further than it is told', () => {
    expect(maskColourRemnants('[31mA[31mB', 5)).toBe('    A[31mB');
    expect(maskColourRemnants('[31mA', 0)).toBe('[31mA');
  });
});

describe('detection in a coloured log copied without its ESC', () => {
  it('reads a symbol and a level after a code whose ESC was lost or shown as U+FFFD', () => {
    expect(highIds('[0;31mERROR[0m: read [31mWSAECONNRESET[0m')).toEqual(['10054']);
    expect(highIds('\ufffd[31mWSAECONNRESET\ufffd[0m')).toEqual(['10054']);
  });

  it('reads a coloured Node error whose code field the colour codes widen', () => {
    const text = `${ESC}[32mError:${ESC}[0m connect ECONNREFUSED 10.0.0.5:443\n  ${ESC}[32mcode:${ESC}[0m 'ECONNREFUSED',`;
    expect(highIds(text)).toEqual(['10061']);
    expect(highIds(text.replaceAll(ESC, ''))).toEqual(['10061']);
  });

  it('finds the same in a long log of remnants read piece by piece as read whole', () => {
    const detect = createDetector(realData().catalog.entries, realData().rules);
    const lines: string[] = [];
    for (let i = 0; i < 12000; i++)
      lines.push(
        i % 499 === 0
          ? `[31mERROR[0m error: \ufffd[1;31mWSAECONNRESET\\u001b[0m on ${i}`
          : `[32mINFO[0m GET /users/${i} ^[[2m200[0m \\\\u001b[2m`,
      );
    const text = lines.join('\n');
    expect(text.length).toBeGreaterThan(300_000);
    // Read in its first 256 KiB only: the line at 0 and those after it, every 499th.
    expect(detect(text)).toMatchObject([{ id: '10054', confidence: 'high' }]);
    for (const size of [4093, 997]) {
      expect(readInPieces(detect, text, size)).toEqual(detect(text));
    }
  });
});

describe("a rule's condition in a coloured log", () => {
  it('reads a level coloured inside its brackets or before its colon as printed', () => {
    expect(highIds(`[${ESC}[31mERROR${ESC}[0m] Connection in use: ('localhost', 8000)`)).toEqual(['10048']);
    expect(highIds(`TCP ${ESC}[31mError${ESC}[0m: network - Network unreachable`)).toEqual(['10051']);
  });

  it('drops only the blanks a colour code leaves, not a printed space', () => {
    expect(conditionText('[     ERROR    ] x')).toBe('[error] x');
    expect(conditionText('lookup : no such host')).toBe('lookup : no such host');
    expect(conditionText('Error    :\n  at')).toBe('error: at');
  });
});
