import { describe, expect, it } from 'vitest';
import { anyIds, detectErrors } from '../../helpers/detect.js';

/** Each finding as `[id, confidence]`, to pin how sure the detector is. */
const levels = (text: string) => detectErrors(text).map((f) => [f.id, f.confidence]);

/**
 * Round 228: an issue's title that retells the head of an application's own wording quoted in its
 * body. People title a thread with the first words of the error they got; when those words begin a
 * text that is no socket error (libcurl's `Connection timed out after N milliseconds`, its own
 * connect deadline), the title is that text, not the OS's ETIMEDOUT.
 */
describe('titles that retell the head of an application’s own wording', () => {
  it('reads no error in a title that is the head of curl’s own deadline in the body (c228-013, c228-029, c228-030)', () => {
    expect(
      anyIds(
        'Connection timed out\n\nMerhaba,\ncURL error 28: Connection timed out after 10001 milliseconds (see https://curl.haxx.se/libcurl/c/libcurl-errors.html) for https://earsivportal.efatura.gov.tr/earsiv-services/assos-login" \nhatası alıyorum , server ip banlanmış olabilir mi ?',
      ),
    ).toEqual([]);
    expect(
      anyIds(
        'connection timed out\n\nCurl Error 28: Connection timed out after 30001 milliseconds\n\nhow to change timeout?',
      ),
    ).toEqual([]);
    expect(
      anyIds(
        "Connection timed out error\n\nHi,\nSince yesterday i'm getting this error:\n`GitHub Updater Error Code: cURL error 28: Connection timed out after 5002 milliseconds`\nAny solution?",
      ),
    ).toEqual([]);
  });

  it('still reads the same title when nothing in the paste is an application’s own wording', () => {
    expect(levels('Connection timed out\n\nwhen I run the script it hangs and then stops')).toEqual([
      ['10060', 'high'],
    ]);
  });

  it('still reads the OS’s error beside curl’s deadline, and a title with more on its line', () => {
    expect(
      levels(
        'Connection timed out\n\nssh: connect to host 10.0.0.5 port 22: Connection timed out\ncURL error 28: Connection timed out after 10001 milliseconds',
      ),
    ).toEqual([['10060', 'high']]);
    expect(
      levels(
        'Failed to connect: Connection timed out\n\ncURL error 28: Connection timed out after 10001 milliseconds',
      ),
    ).toEqual([['10060', 'high']]);
  });

  it('still reads a retold text that only shares its first words with an application’s wording elsewhere', () => {
    // The wording must begin with the whole text the title reads: `Connection refused` is not the
    // head of curl's `Connection timed out after`.
    expect(
      levels('Connection refused\n\ncURL error 28: Connection timed out after 10001 milliseconds'),
    ).toEqual([['10061', 'high']]);
  });

  it('still reads a line of a log when the wording that begins with it comes far after it', () => {
    // The title and the body it retells are close together; a log's own line is not a title of a
    // wording a screen further on.
    const filler = 'INFO worker heartbeat ok\n'.repeat(60);
    expect(
      levels(`Connection timed out\n${filler}cURL error 28: Connection timed out after 10001 milliseconds`),
    ).toEqual([['10060', 'high']]);
  });
});
