import { describe, expect, it } from 'vitest';
import type { ErrorFacts } from '../../../src/core/catalog/types.js';
import { createDetector } from '../../../src/core/detect/create-detector.js';
import { loadDetectionRules, loadFacts } from '../../../src/infra/data/index.js';

describe('createDetector', () => {
  it('detects a new catalog entry in every form its facts give, with no code change', () => {
    const fresh: ErrorFacts = {
      id: '10199',
      code: 10199,
      name: 'WSAEFABRICATED',
      aliases: ['EFABRICATED', 'SocketError.Fabricated'],
      title: 'Fabricated failure.',
      systemMessage: 'The fabricated socket operation went sideways on the remote host.',
      posix: {
        name: 'EFABRICATED',
        linux: 199,
        macos: 199,
        freebsd: 199,
        strerror: 'Fabricated connection failure',
      },
      resolver: null,
      libuv: {
        code: 'EFABRICATED',
        windows: -4199,
        message: 'fabricated connection failure',
        getaddrinfo: null,
      },
      dotnet: 'Fabricated',
      python: 'OSError',
      java: null,
      rust: 'Uncategorized',
      hresult: '0x800727D7',
      category: 'reset',
      retryable: 'maybe',
    };
    const detect = createDetector([...loadFacts(), fresh], loadDetectionRules());
    const forms = [
      '[WinError 10199] The fabricated socket operation went sideways on the remote host',
      'read EFABRICATED',
      'WSAEFABRICATED',
      'SocketErrorCode: Fabricated',
      'HRESULT 0x800727D7',
      'errno: -4199',
      '[Errno 199] Fabricated connection failure',
      'The fabricated socket operation went sideways on the remote host.',
    ];
    for (const text of forms) {
      expect(
        detect(text).map((f) => [f.id, f.confidence]),
        text,
      ).toContainEqual(['10199', 'high']);
    }
  });

  it('builds independent detectors', () => {
    const a = createDetector(loadFacts(), loadDetectionRules());
    const b = createDetector(
      loadFacts().filter((f) => f.id !== '11010'),
      loadDetectionRules(),
    );
    expect(a('WSA_QOS_ADMISSION_FAILURE').map((f) => f.id)).toEqual(['11010']);
    expect(b('WSA_QOS_ADMISSION_FAILURE')).toEqual([]);
  });

  it('counts the candidates it would confirm, with `error` counted only where a number may follow', () => {
    const detect = createDetector(loadFacts(), loadDetectionRules());
    expect(detect.countCandidates('')).toBe(0);
    expect(detect.countCandidates('the build is green, shipping it')).toBe(0);
    expect(detect.countCandidates('ERROR deploy failed')).toBe(0);
    expect(detect.countCandidates('error 10054')).toBe(1);
    // Short texts and long ones (read as bytes past 4 KB) are counted alike.
    const line = '2026-01-05 10:02:07 ERROR read ECONNRESET\n';
    expect(detect.countCandidates(line)).toBe(1);
    expect(detect.countCandidates(line.repeat(300))).toBe(300);
    expect(detect.countCandidates('2026-01-05 10:02:07 INFO error budget ok\n'.repeat(300))).toBe(0);
  });
});
