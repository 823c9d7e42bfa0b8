import { describe, expect, it } from 'vitest';
import {
  dropInvisible,
  holdBackFrom,
  MAX_DROPPED,
  toOriginalOffset,
  unfinishedCodeAt,
} from '../../../src/core/detect/invisible.js';
import { createDetector } from '../../../src/core/index.js';
import { realData } from '../../helpers/core.js';
import { corpusPaste } from '../../helpers/corpus.js';
import { detectErrors, highIds, readInPieces } from '../../helpers/detect.js';

const ZWSP = '\u200b';
/** What a web page or wiki does to a paste so its long names wrap: a zero-width space after each `.` and `/`. */
const wrappable = (text: string) => text.replace(/[./]/g, `$&${ZWSP}`);

describe('dropInvisible', () => {
  it('takes out terminal codes whole, as a terminal shows the text', () => {
    const text = '\u001b[32mWaiting\u001b[0m for link-up\u001b]0;title\u0007 on net0';
    expect(dropInvisible(text).text).toBe('Waiting for link-up on net0');
  });

  it('takes out zero-width spaces, joiners, word joiners and byte-order marks, and says where each was', () => {
    const text = `\ufeffa${ZWSP}b\u200cc\u200dd\u2060e`;
    expect(dropInvisible(text)).toEqual({
      text: 'abcde',
      dropped: [0, 2, 4, 6, 8],
      left: MAX_DROPPED - 5,
    });
  });

  it('returns a text without any as it is', () => {
    const text = 'read ECONNRESET';
    expect(dropInvisible(text).text).toBe(text);
    expect(dropInvisible(text).dropped).toEqual([]);
  });

  it('drops no more than its budget, leaving the rest in the text', () => {
    expect(dropInvisible(`a${ZWSP}b${ZWSP}c`, 1)).toEqual({
      text: `ab${ZWSP}c`,
      dropped: [1],
      left: 0,
    });
    expect(dropInvisible(ZWSP.repeat(MAX_DROPPED + 3)).text).toBe(ZWSP.repeat(3));
  });

  it('keeps everything after the first character or code its budget cannot take, and says none is left', () => {
    // Two characters left: the code (5) is kept, as spaces, and so is the zero-width space that would fit.
    const text = `a${ZWSP}b\u001b[31mc${ZWSP}d`;
    expect(dropInvisible(text, 3)).toEqual({
      text: `ab     c${ZWSP}d`,
      dropped: [1],
      left: 0,
    });
    expect(dropInvisible(`a${ZWSP}b`, 0)).toEqual({ text: `a${ZWSP}b`, dropped: [], left: 0 });
  });

  it('gives back no terminal code, taken out or, past its budget, read as as many spaces', () => {
    expect(dropInvisible(`a${ZWSP}b`).text).toBe('ab');
    expect(dropInvisible('read ECONNRESET').text).toBe('read ECONNRESET');
    expect(dropInvisible('\u001b[31mECONNRESET\u001b[0m').text).toBe('ECONNRESET');
    // Past the budget the codes stay in the text, as spaces: its readers read no code again.
    expect(dropInvisible('\u001b[31mECONNRESET', 0).text).toBe('     ECONNRESET');
  });
});

describe('toOriginalOffset', () => {
  it('maps every offset of the text without them to the same character in the text with them', () => {
    const text = `${ZWSP}${ZWSP}ab${ZWSP}c${ZWSP}${ZWSP}d${ZWSP}`;
    const { text: plain, dropped } = dropInvisible(text);
    for (let at = 0; at < plain.length; at++) expect(text[toOriginalOffset(dropped, at)]).toBe(plain[at]);
  });
});

describe('detection of a paste with zero-width characters', () => {
  it("reads .NET's dotted error name where a page made it wrappable", () => {
    expect(highIds(wrappable('SocketError.ConnectionReset'))).toEqual(['10054']);
  });

  it('reads a symbol split by an invisible character, pointing to where it starts in the paste', () => {
    const text = `Error: read ECONN${ZWSP}RESET\n    at TCP.onStreamRead (node:internal/stream_base_commons:217:20)`;
    const [finding] = detectErrors(text);
    expect(finding?.id).toBe('10054');
    expect(finding?.index).toBe(text.indexOf('ECONN'));
  });

  it('reads a text after a byte-order mark', () => {
    expect(highIds('\ufeff[Errno 111] Connection refused')).toEqual(['10061']);
  });

  it("reads corpus c6-047, GitHub's rendering of an RT archive with a zero-width space before each colon", () => {
    expect(highIds(corpusPaste('c6-047'))).toEqual(['10036', '10060']);
  });

  it('finds the same in a paste with zero-width spaces read piece by piece as read whole', () => {
    const detect = createDetector(realData().catalog.entries, realData().rules);
    const lines: string[] = [];
    for (let i = 0; i < 3000; i++)
      lines.push(
        i % 300 === 7
          ? 'System.Net.Sockets.SocketException (10061): No connection could be made'
          : `GET /u/${i} 200`,
      );
    const text = wrappable(lines.join('\n'));
    const whole = detect(text);
    expect(whole.map((f) => f.id)).toContain('10061');
    for (const size of [1 << 13, 4099, 7]) {
      expect(readInPieces(detect, text, size)).toEqual(whole);
    }
  });

  it('gives each mention where it starts in the paste as given', () => {
    const detect = createDetector(realData().catalog.entries, realData().rules);
    const text = `${ZWSP}ECONN${ZWSP}REFUSED then ${ZWSP}${ZWSP}ECONNREFUSED`;
    const { mentions } = detect.withMentions(text);
    expect(mentions.get('10061')).toEqual([1, text.lastIndexOf('ECONNREFUSED')]);
  });
});

describe('holdBackFrom', () => {
  it('never cuts a whole terminal code that the last characters held back would split', () => {
    // Found by test/core/detect/stream-properties.test.ts: pieces of 31 characters cut `ESC[31m`
    // after its ESC, and the phrase before it was read alone.
    const text = 'network unreachable resolving\u001b[31mError: connect ECONNREFUSED 10.0.0.5:5432';
    for (let end = 1; end <= text.length; end++) {
      const cut = holdBackFrom(text.slice(0, end), 0);
      expect(cut <= 29 || cut >= 34, `a piece ending at ${end}`).toBe(true);
    }
    const detect = createDetector(realData().catalog.entries, realData().rules);
    expect(readInPieces(detect, text, 31)).toEqual(detect(text));
  });
});

describe('unfinishedCodeAt', () => {
  it('finds a terminal code the next piece may finish, and nothing in a text without one', () => {
    expect(unfinishedCodeAt('read \u001b[3')).toBe(5);
    expect(unfinishedCodeAt('read \u001b[31m')).toBe(5);
    expect(unfinishedCodeAt('read \u001b[31mECONNRESET')).toBe(-1);
    expect(unfinishedCodeAt('read ECONNRESET')).toBe(-1);
  });
});

describe('detection of a log written for a terminal', () => {
  const coloured = (text: string) => text.replace(/^(\S+)/gm, '\u001b[32m$1\u001b[0m');

  it('reads a coloured iPXE link wait as the plain one: its own timeout, no socket error (corpus c148-046)', () => {
    expect(detectErrors('Waiting for link-up on net0... Connection timed out')).toEqual([]);
    expect(detectErrors(coloured('Waiting for link-up on net0... Connection timed out'))).toEqual([]);
  });

  it('points to a coloured mention where it starts in the text as given', () => {
    const text = '\u001b[31mError:\u001b[0m read \u001b[1mECONNRESET\u001b[0m';
    const [finding] = detectErrors(text);
    expect(finding?.id).toBe('10054');
    expect(finding?.index).toBe(text.indexOf('ECONNRESET'));
    expect(finding?.match).toBe('ECONNRESET');
  });

  it('still reads a code past what is taken out as blanks: the symbol after it stays a word of its own', () => {
    // Past a paste's first 256 KiB, where what is left of a code without its ESC is no longer read.
    const log = 'INFO request served\n'.repeat(15_000);
    const text = `${ZWSP.repeat(MAX_DROPPED)}${log}send failed: \u001b[31mWSAECONNRESET\u001b[0m`;
    expect(detectErrors(text).map((f) => f.id)).toEqual(['10054']);
  });

  it('finds the same in a coloured log past its budget read piece by piece as read whole', () => {
    // Nine characters of codes a line: the budget runs out with two characters left, fewer than a code;
    // a zero-width space later in the log would still fit, and is kept as every code after it is.
    const lines: string[] = [];
    for (let i = 0; i < 9000; i++)
      lines.push(
        i % 1000 === 999 ? `send failed: WSA${ZWSP}ECONNRESET` : `\u001b[32mINFO\u001b[0m GET /u/${i} 200`,
      );
    const text = lines.join('\n');
    const detect = createDetector(realData().catalog.entries, realData().rules);
    const whole = detect(text);
    expect(whole.map((f) => f.id)).toEqual(['10054']);
    for (const size of [1 << 14, 4099])
      expect(readInPieces(detect, text, size), `pieces of ${size}`).toEqual(whole);
  });

  it('finds the same in a coloured log read piece by piece, codes cut between pieces, as read whole', () => {
    const detect = createDetector(realData().catalog.entries, realData().rules);
    const lines: string[] = [];
    for (let i = 0; i < 2000; i++)
      lines.push(i % 250 === 7 ? 'ERROR Error: connect ECONNREFUSED 10.0.0.5:5432' : `INFO GET /u/${i} 200`);
    const text = coloured(lines.join('\n'));
    const whole = detect(text);
    expect(whole.map((f) => f.id)).toEqual(['10061']);
    for (const size of [1 << 13, 4099, 7, 3]) {
      expect(readInPieces(detect, text, size), `pieces of ${size}`).toEqual(whole);
    }
  });
});

describe('detection of a log copied without its ESC bytes', () => {
  // A copy from a web page keeps `[32m` without the ESC (round 6's ansi-esc-lost form, as GitHub's raw log shows).
  const remnants = (text: string) => text.replace(/^(\S+)/gm, '[32m$1[0m');

  it('reads a colour remnant as the terminal showed the text, and leaves a string escape for its reading', () => {
    expect(dropInvisible('[32mWaiting[0m for link-up').text).toBe('Waiting for link-up');
    expect(dropInvisible('\ufffd[31mERROR^[[0m: x').text).toBe('ERROR: x');
    expect(dropInvisible('"\\u001b[31mERROR"').text).toBe('"\\u001b[31mERROR"');
    expect(detectErrors(remnants('Waiting for link-up on net0... Connection timed out'))).toEqual([]);
  });

  it('finds the same read piece by piece, remnants and escapes cut between pieces, as read whole', () => {
    const detect = createDetector(realData().catalog.entries, realData().rules);
    const lines: string[] = [];
    for (let i = 0; i < 400; i++)
      lines.push(
        i % 50 === 7
          ? 'ERROR Error: connect ECONNREFUSED 10.0.0.5:5432'
          : `INFO GET /u/${i} "\\u001b[1m" 200`,
      );
    const text = remnants(lines.join('\n'));
    const whole = detect(text);
    expect(whole.map((f) => f.id)).toEqual(['10061']);
    for (const size of [4099, 7, 3, 1]) {
      expect(readInPieces(detect, text, size), `pieces of ${size}`).toEqual(whole);
    }
  });
});
