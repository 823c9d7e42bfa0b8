import { describe, expect, it } from 'vitest';
import { collectVocabulary, isVocabularyWord } from '../../../src/core/detect/vocabulary.js';
import { detectErrors, highIds } from '../../helpers/detect.js';

describe('collectVocabulary', () => {
  it("takes each text's runs of two or more letters, lower-cased", () => {
    const { words } = collectVocabulary(['An existing connection was forcibly closed', 'a ECONNRESET']);
    expect([...words].sort()).toEqual([
      'an',
      'closed',
      'connection',
      'econnreset',
      'existing',
      'forcibly',
      'was',
    ]);
  });

  it('marks the words its texts write with a capital inside', () => {
    const vocabulary = collectVocabulary(['SocketError.ConnectionRefused', 'ECONNRESET', 'connection reset']);
    expect([...vocabulary.camelCase].sort()).toEqual(['connectionrefused', 'socketerror']);
  });
});

describe('isVocabularyWord', () => {
  const vocabulary = collectVocabulary([
    'SocketError.ConnectionRefused',
    'its access permissions',
    'ECONNREFUSED',
  ]);

  it('knows a word in any case', () => {
    expect(isVocabularyWord(vocabulary, 'permissions')).toBe(true);
    expect(isVocabularyWord(vocabulary, 'Permissions')).toBe(true);
    expect(isVocabularyWord(vocabulary, 'econnrefused')).toBe(true);
    expect(isVocabularyWord(vocabulary, 'perm')).toBe(false);
  });

  it('knows a camel-case name only where the text writes a capital inside it too', () => {
    expect(isVocabularyWord(vocabulary, 'ConnectionRefused')).toBe(true);
    expect(isVocabularyWord(vocabulary, 'Connectionrefused')).toBe(false);
    expect(isVocabularyWord(vocabulary, 'connectionrefused')).toBe(false);
  });
});

describe('prose wrapped between words at 80 columns', () => {
  // A mailer or an editor wraps at the last space before the 80th column; the words around the break
  // spell a .NET name run together (corpus c13-008, wrapped).
  const wrapped =
    'cURL error 7: Failed to connect to ssl.google-analytics.com port 443: Connection\nrefused (see http://curl.haxx.se/libcurl/c/libcurl-errors.html)';

  it('is read as the words it holds, not as a console that broke a camel-case name', () => {
    expect(wrapped.indexOf('\n')).toBe(80);
    expect(highIds(wrapped)).toEqual(['10061']);
  });

  it('still mends a console that broke the name itself', () => {
    const broken = `${'x'.repeat(54)} SocketError.ConnectionRef\nused`;
    expect(broken.indexOf('\n')).toBe(80);
    expect(detectErrors(broken).map((f) => f.id)).toEqual(['10061']);
  });
});
