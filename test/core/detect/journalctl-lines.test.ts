import { describe, expect, it } from 'vitest';
import { createDetector } from '../../../src/core/index.js';
import { realData } from '../../helpers/core.js';
import { corpusPaste } from '../../helpers/corpus.js';
import { detectErrors, highIds, readInPieces } from '../../helpers/detect.js';
import { prefixLines } from '../../helpers/texts.js';

/** Every line as `journalctl` prints it: time, host and tag with the process id (31 characters). */
const journal = (text: string) => prefixLines(text, 'Dec 06 10:00:00 web-1 app[8123]: ');

describe("detectErrors reads a paste under journalctl's time, host and tag as the paste itself", () => {
  it('reads a message a program wrote on two lines, each under its tag, as one', () => {
    const text = "Warning: mysqli_connect(): Can't connect to MySQL\nserver on '127.0.0.1' (10061) in db.php";
    expect(highIds(text)).toEqual(['10061']);
    expect(highIds(journal(text))).toEqual(['10061']);
  });

  it('reads a message quoted across two lines, each under its tag', () => {
    const text = 'the check says "Connection\nrefused by host" when the service is down';
    expect(highIds(text)).toEqual(['10061']);
    expect(highIds(journal(text))).toEqual(['10061']);
  });

  it('reads a line a console broke at 80 columns inside a word, under each tag (dev c65-012)', () => {
    const text = corpusPaste('c65-012');
    expect(highIds(journal(text))).toEqual(highIds(text));
    expect(highIds(text)).toEqual(['10061']);
  });

  it("reads a Go lookup's rest wrapped under a long first line, the tags' blanks between them", () => {
    const text =
      'error from client: Post https://logs.example.com/ingest?key=x&host=app-1: dial tcp: lookup\n' +
      ' logs.example.com on 127.0.0.11:53: read udp 127.0.0.1:33204->127.0.0.11:53: i/o timeout';
    expect(highIds(text)).toEqual(['11002']);
    expect(highIds(journal(text))).toEqual(['11002']);
    expect(highIds(prefixLines(text, ' '.repeat(12)))).toEqual(['11002']);
  });

  it("still reads BIND's phrase as named's only right after a tag's colon, stacked under Compose's column too", () => {
    const line = "network unreachable resolving './DNSKEY/IN': 2001:500:a8::e#53";
    expect(highIds(journal(line))).toEqual(['10051']);
    expect(highIds(prefixLines(journal(line), 'dns-1  | '))).toEqual(['10051']);
    expect(highIds(prefixLines(line, 'dns-1  | '))).toEqual([]);
  });

  it('finds nothing under the tags where the paste has nothing (dev c187-025, c73-074)', () => {
    for (const id of ['c187-025', 'c73-074']) {
      expect(detectErrors(corpusPaste(id))).toEqual([]);
      expect(detectErrors(journal(corpusPaste(id)))).toEqual([]);
    }
  });

  it('reads the same read seven characters at a time as read whole', () => {
    const detect = createDetector(realData().catalog.entries, realData().rules);
    const bind = journal("network unreachable resolving './DNSKEY/IN': 2001:500:a8::e#53");
    for (const text of [bind, ...['c65-012', 'c20-052', 'c46-009'].map((id) => journal(corpusPaste(id)))]) {
      expect(readInPieces(detect, text, 7)).toEqual(detect(text));
    }
    expect(readInPieces(detect, bind, 7).map((f) => f.confidence)).toEqual(['high']);
  });
});
