import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { detectErrors } from '../../helpers/detect.js';

/** Pieces that real pastes and hostile pastes are made of, so random texts hit every code path. */
const PIECES = [
  '[Errno ',
  '[WinError ',
  'errno: -',
  'errno ',
  '(os error ',
  'Socket Error # ',
  'SocketException (',
  'error ',
  'Error(',
  'Os { code: ',
  'kind: ',
  'SocketErrorCode: ',
  '0x8007',
  'HResult=-2147',
  '(0x0000274D/',
  "Can't connect to MySQL server on 'db' (",
  '104',
  '10054',
  '-4077',
  '111',
  '] ',
  ')',
  'WSAE',
  'WSAECONNRESET',
  'ECONNRESET',
  'econnrefused',
  ':',
  '{error,',
  'EINVAL',
  'EPIPE',
  'Connection reset by peer',
  'connection refused',
  'An existing connection was forcibly closed by the remote host',
  'No such host is known.',
  '远程主机强迫关闭了一个现有的连接。',
  '由于目标计算机积极拒绝，无法连接',
  '遠端主機已強制關閉',
  'socket',
  'open',
  'mkdir',
  ' ',
  '\n',
  '\r\n',
  '\t',
  '.',
  'é',
  '😀',
];

const pastes = fc.oneof(
  fc.string({ maxLength: 400 }),
  fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((parts) => parts.join('')),
  fc
    .tuple(fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }), fc.string({ maxLength: 40 }))
    .map(([parts, noise]) => parts.join(noise.slice(0, 3))),
);

describe('detectErrors properties', () => {
  it('never throws and returns well-formed findings', () => {
    fc.assert(
      fc.property(pastes, (text) => {
        for (const f of detectErrors(text)) {
          expect(['high', 'medium', 'low']).toContain(f.confidence);
          expect(f.count).toBeGreaterThanOrEqual(1);
          expect(f.match.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('gives every span inside the input', () => {
    // Without backslashes: a string literal's escaped quote is read without its backslash, which
    // `match` leaves out as it leaves out what else copying put in (the next test).
    fc.assert(
      fc.property(
        pastes.map((text) => text.replace(/\\/g, '/')),
        (text) => {
          for (const f of detectErrors(text))
            expect(text.slice(f.index, f.index + f.match.length)).toBe(f.match);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('points at a match that holds an escaped quote, read without its backslash', () => {
    const text = 'log: "[Errno \\"10054"';
    const [finding] = detectErrors(text);
    expect(finding?.index).toBe(text.indexOf('[Errno'));
    expect(finding?.match).toBe('[Errno "10054');
  });

  it('gives the same findings for the same input', () => {
    fc.assert(
      fc.property(pastes, (text) => {
        expect(detectErrors(text)).toEqual(detectErrors(text));
      }),
      { numRuns: 200 },
    );
  });

  it('reports each catalog id once, sorted by index', () => {
    fc.assert(
      fc.property(pastes, (text) => {
        const findings = detectErrors(text);
        expect(new Set(findings.map((f) => f.id)).size).toBe(findings.length);
        const indexes = findings.map((f) => f.index);
        expect(indexes).toEqual([...indexes].sort((a, b) => a - b));
      }),
      { numRuns: 200 },
    );
  });

  it('finds an error whatever surrounds it', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.string({ maxLength: 200 }), (before, after) => {
        const text = `${before}\n[WinError 10054] An existing connection was forcibly closed by the remote host\n${after}`;
        expect(detectErrors(text).some((f) => f.id === '10054' && f.confidence === 'high')).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

const MB = 1 << 20;
const repeat = (s: string) => s.repeat(Math.ceil(MB / s.length)).slice(0, MB);
const hostile: [string, string][] = [
  ['digits', repeat('1234567890')],
  ['"[Errno " repeated', repeat('[Errno ')],
  ['"[Errno 104] " repeated', repeat('[Errno 104] ')],
  ['"WSAE" repeated', repeat('WSAE')],
  ['"error 10054 " repeated', repeat('error 10054 ')],
  ['"EINVAL " repeated', repeat('EINVAL ')],
  ['"errno: -" repeated', repeat('errno: -')],
  [
    'one endless line of near misses',
    repeat('Connection refuse socket tcp open 0x8007 -2147 errno error WSAECONN '),
  ],
  ['whitespace', ' '.repeat(MB)],
  ['an endless quoted MySQL host', `Can't connect to MySQL server on '${'x'.repeat(MB)}`],
  ['Chinese text', repeat('由于目标计算机积极拒绝，无法连')],
  // Keywords whose number counts only after a word earlier on its line, on one line with no break.
  ["PPSSPP's socket error repeated", repeat('sceNetAdhocPtpConnect[2]: Socket Error (115) ')],
  ['"连接失败，错误码: 10061 " repeated', repeat('连接失败，错误码: 10061 ')],
  // A socket file's error, read with the line around it, on one line with no break.
  ['a Docker socket error repeated', repeat('dial unix /var/run/docker.sock: connect: permission denied ')],
  // A stamped log (its prefixes read as blanks, so distances stretch) whose lines name, every few
  // characters, a word an error needs near it: each word in reach was once measured from on its own.
  [
    'a stamped log of lines full of DNS queries refused',
    stampedLines('2024-01-01T12:00:00.123Z app[1234]: ', 'queryA ECONNREFUSED ', 10_000),
  ],
  // The same for numbers: each reads the errors named near it, a few characters apart.
  [
    'a stamped log of lines full of errno numbers',
    stampedLines('2024-01-01T12:00:00.123Z app[1234]: ', 'errno 111 ECONNREFUSED ', 10_000),
  ],
];

/** One megabyte of lines of `unit` repeated to `width` characters, each after `prefix`. */
function stampedLines(prefix: string, unit: string, width: number): string {
  const line = `${prefix}${unit.repeat(Math.ceil(width / unit.length)).slice(0, width)}\n`;
  return line.repeat(Math.ceil(MB / line.length)).slice(0, MB);
}

/**
 * The time a hostile megabyte may take: 2 s, or 1000 times what a megabyte of an ordinary log takes on
 * this machine right now (the median of three), whichever is more. Linear detection of the slowest
 * text here (Chinese, the automaton for all of Unicode) takes about 1 s on a quiet 2-core machine, 400
 * times the ordinary log's 2.5 ms, and three times that beside a few busy processes, while a blow-up
 * that is quadratic in the text takes minutes: measured against the same machine's speed, the check
 * fails on the blow-up only, not on a busy machine.
 */
function hostileBudget(): number {
  const ordinary = repeat('INFO request handled in 12ms status=200 bytes=10054\n');
  detectErrors(ordinary);
  const times = [0, 1, 2].map(() => {
    const start = performance.now();
    detectErrors(ordinary);
    return performance.now() - start;
  });
  return Math.max(2000, 1000 * (times.sort((a, b) => a - b)[1] as number));
}

describe('detectErrors on 1 MB of hostile text', () => {
  let budget = 2000;
  beforeAll(() => {
    budget = hostileBudget();
  });

  it.each(hostile)('scans %s in well under 2 s on a quiet machine', (_label, text) => {
    const start = performance.now();
    detectErrors(text);
    expect(performance.now() - start).toBeLessThan(budget);
  });

  it('handles a 40 000-character Slack message with errors spread through it', () => {
    const filler = 'INFO request handled in 12ms status=200 bytes=10054\n';
    const text = `${filler.repeat(400)}Error: connect ECONNREFUSED 10.0.0.5:5432\n${filler.repeat(380)}`;
    expect(text.length).toBeGreaterThan(40_000);
    expect(detectErrors(text).map((f) => f.id)).toEqual(['10061']);
  });
});
