import { afterEach, describe, expect, it } from 'vitest';
import { createDetector } from '../../../src/core/detect/create-detector.js';
import { loadDetectionRules, loadFacts } from '../../../src/infra/data/index.js';
import { dataWith, removeDataCopies } from './edited-detection-data.js';

afterEach(removeDataCopies);

// Ids and names that must match the catalog are checked when the detector is built, not when a file is loaded.
describe('loadDetectionRules', () => {
  it('rejects a glibc translation of an id the catalog does not know when the detector is built', () => {
    const dir = dataWith('glibc-messages.json', (json) => {
      (json.messages as Record<string, unknown>[])[0] = {
        id: '99999',
        lang: 'de',
        text: 'x',
        msgid: 'y',
        kind: 'strerror',
      };
    });
    expect(() => createDetector(loadFacts(), loadDetectionRules(dir))).toThrow(
      /glibc-messages\.json: messages\[0\]: field "id" names no catalog entry/,
    );
  });

  it('rejects rules that name no catalog entry when the detector is built', () => {
    const dir = dataWith('runtime-phrases.json', (json) => {
      (json.exceptions as Record<string, unknown>[])[0] = {
        name: 'X',
        id: '99999',
        confidence: 'high',
        source: 's',
      };
    });
    expect(() => createDetector(loadFacts(), loadDetectionRules(dir))).toThrow(
      /runtime-phrases\.json: exceptions\[0\]: field "id" names no catalog entry \("99999"\)/,
    );
  });

  it('rejects a number keyword too long for the keyword index, which would cut it and read no number', () => {
    const dir = dataWith('number-contexts.json', (json) => {
      (json.numbers as Record<string, unknown>[])[0] = {
        keyword: 'connect to local MySQL server through socket',
        spaces: ['posix'],
        source: 's',
      };
    });
    expect(() => createDetector(loadFacts(), loadDetectionRules(dir))).toThrow(
      /number-contexts\.json: numbers\[0\]: keyword "connect to local MySQL server through socket" is longer than 40 characters/,
    );
  });

  it('rejects a context word with more spaces than a chunk of text is read past its end for', () => {
    const dir = dataWith('context-rules.json', (json) => {
      (json.socketContext as string[]).push('a b c d e f g h i j');
    });
    expect(() => createDetector(loadFacts(), loadDetectionRules(dir))).toThrow(
      /context-rules\.json: socketContext\[\d+\]: "a b c d e f g h i j" has more than 8 spaces/,
    );
  });

  it('takes a socket phrase with no condition: its own words name the socket (Go’s `write: broken pipe`)', () => {
    const alone = dataWith('runtime-phrases.json', (json) => {
      (json.phrases as Record<string, unknown>[])[0] = {
        text: 'write: broken pipe',
        id: 'EPIPE',
        confidence: 'high',
        socket: true,
        source: 's',
      };
    });
    expect(() => loadDetectionRules(alone)).not.toThrow();
  });

  it('takes a phrase that holds only as printed, and rejects an exactCase that is not true', () => {
    const phrase = (exactCase: unknown) =>
      dataWith('runtime-phrases.json', (json) => {
        (json.phrases as Record<string, unknown>[])[0] = {
          text: 'Write failed: Broken pipe',
          id: 'EPIPE',
          confidence: 'high',
          socket: true,
          exactCase,
          source: 's',
        };
      });
    expect(() => loadDetectionRules(phrase(true))).not.toThrow();
    expect(() => loadDetectionRules(phrase('yes'))).toThrow(
      /runtime-phrases\.json: phrases\[0\]: field "exactCase" must be true/,
    );
  });

  it("rejects a not-error's nearWithin that is no whole number from 1 to 300, or has no near words", () => {
    for (const [nearWithin, near] of [
      [0, ['x']],
      [301, ['x']],
      [1.5, ['x']],
      [150, undefined],
    ] as const) {
      const dir = dataWith('runtime-phrases.json', (json) => {
        (json.notErrors as Record<string, unknown>[])[0] = { text: 'EPIPE', near, nearWithin, source: 's' };
      });
      expect(() => loadDetectionRules(dir)).toThrow(
        /runtime-phrases\.json: notErrors\[0\]: field "nearWithin" must be a whole number from 1 to 300, and only with near/,
      );
    }
  });

  it('rejects a newlib errno number that is no positive integer, and a name the catalog does not know', () => {
    const bad = dataWith('number-contexts.json', (json) => {
      (json.newlib as { errno: Record<string, unknown> }).errno.ECONNRESET = '104';
    });
    expect(() => loadDetectionRules(bad)).toThrow(
      /number-contexts\.json: newlib: field "errno\.ECONNRESET" must be a positive integer/,
    );
    const unknown = dataWith('number-contexts.json', (json) => {
      (json.newlib as { errno: Record<string, unknown> }).errno.EMADEUP = 200;
    });
    expect(() => createDetector(loadFacts(), loadDetectionRules(unknown))).toThrow(
      /newlib\.errno: "EMADEUP" is no catalog POSIX name/,
    );
  });

  it('rejects a Unix-socket file error the catalog does not know', () => {
    const dir = dataWith('context-rules.json', (json) => {
      (json.unixSocketFileErrors as string[]).push('EMADEUP');
    });
    expect(() => createDetector(loadFacts(), loadDetectionRules(dir))).toThrow(
      /unixSocketFileErrors: "EMADEUP" is no catalog POSIX name/,
    );
  });

  it('rejects a context symbol the catalog does not know', () => {
    const dir = dataWith('context-rules.json', (json) => {
      (json.contextRequired as string[]).push('EMADEUP');
    });
    expect(() => createDetector(loadFacts(), loadDetectionRules(dir))).toThrow(
      /contextRequired\[\d+\]: "EMADEUP"/,
    );
  });
});
