import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { StreamRegion } from '../../../../src/core/detect/index.js';
import { createOsReader, OS_HEAD } from '../../../../src/core/reply/paste/os-reader.js';
import { settingOfPaste } from '../../../../src/core/reply/paste/paste-os.js';
import { scanInPieces, testCore } from '../../../helpers/core.js';
import { pushInPieces, textsOf } from '../../../helpers/texts.js';

describe('createOsReader', () => {
  // Signs, and what may stand against them to make them none: a word before or after (`xWinError`,
  // `Linuxes`), a number going on (`os error 100541`).
  const PARTS = [
    'WinError',
    'x',
    'Linux',
    'es',
    ' ',
    '\n',
    '/Users/',
    'a',
    '[Errno 104]',
    'os error 10054',
    '1',
    'C:\\',
    'nodename nor servname provided',
    'Temporary failure in name resolution',
    'errno: -4078',
    'kubectl',
    'svc.cluster.local',
    'Liveness probe failed',
    '.'.repeat(70),
  ];

  it('reads the OS and cluster of the whole text, wherever its pieces cut it', () => {
    fc.assert(
      fc.property(textsOf(PARTS, 30), fc.integer({ min: 1, max: 100 }), (text, size) => {
        const reader = createOsReader();
        pushInPieces(reader, text, size);
        expect(reader.end([])).toEqual(settingOfPaste(text));
      }),
      { numRuns: Number(process.env.RUNS ?? 500) },
    );
  });

  /** A log past the head: quiet lines, then `line` at about `at`, then more quiet lines. */
  const logWith = (line: string, at: number) => {
    const quiet = 'INFO [api] GET /users 200 12ms\n';
    const before = quiet.repeat(Math.ceil(at / quiet.length));
    return `${before}${line}\n${quiet.repeat(2000)}`;
  };
  const regionAt = (text: string, needle: string): StreamRegion => ({
    text,
    base: 0,
    doneTo: Number.POSITIVE_INFINITY,
    mentions: [{ id: '10061', start: text.indexOf(needle) }],
  });

  it('reads past its head only the lines around the errors it is handed', () => {
    // Three times the head: reading every character was half of a 50 MB scan's time.
    const far = logWith('build host C:\\agent\\work', 3 * OS_HEAD);
    const near = logWith('C:\\app> node client.js\nError: connect ECONNREFUSED 10.0.0.5:5432', 3 * OS_HEAD);
    for (const [text, os] of [
      [far, undefined],
      [near, 'windows'],
    ] as const) {
      const reader = createOsReader();
      pushInPieces(reader, text, 1 << 16);
      reader.region(regionAt(text, 'ECONNREFUSED'));
      expect(reader.end([]).os).toBe(os);
    }
  });

  it('gives a scan of a long log, whole or in pieces, the OS shown beside its error', () => {
    const { core } = testCore();
    const text = logWith('C:\\app> node client.js\nError: connect ECONNREFUSED 10.0.0.5:5432', 3 * OS_HEAD);
    const whole = core.scan(text, 'en');
    expect(JSON.stringify(whole.reply)).toContain(
      'Get-NetTCPConnection -LocalPort 5432 -State Listen` (Windows), `ss',
    );
    expect(scanInPieces(core, text, 1000).reply).toEqual(whole.reply);
  });
});
