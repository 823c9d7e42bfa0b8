import { describe, expect, it } from 'vitest';
import { corpusPaste } from '../../helpers/corpus.js';
import { anyIds, detectErrors } from '../../helpers/detect.js';

/** Each finding as `[id, confidence]`, to pin how sure the detector is. */
const levels = (text: string) => detectErrors(text).map((f) => [f.id, f.confidence]);

/**
 * Round 231: the browsers' error pages as people copy them without the code under them. Each page
 * stands for more than one cause (Chrome's own timer beside the OS's connect timeout, Gecko's own
 * timer and a proxy's 504, an answer closed before its first byte), so the page's words alone are
 * likely, never an auto-reply; the code, when pasted, is read on its own.
 */
describe('browser error pages: Chrome’s timeout page', () => {
  it('reads `<host> took too long to respond.` under the page’s heading as a likely connect timeout', () => {
    expect(
      levels(
        'This site can’t be reached192.168.151.126 took too long to respond.\nTry:\n\nChecking the connection\n[Checking the proxy and the firewall](chrome-error://chromewebdata/#buttons)',
      ),
    ).toEqual([['10060', 'medium']]);
    expect(levels("This site can't be reached localhost took too long to respond.")).toEqual([
      ['10060', 'medium'],
    ]);
  });

  it('still reads the page with its code as sure (c231-018)', () => {
    expect(levels(corpusPaste('c231-018'))).toEqual([['10060', 'high']]);
  });

  it('reads nothing in applications’ own deadlines worded the same way', () => {
    // find_string ids 57596124738, 52276986183, 16679568: the words without the browser's heading.
    expect(anyIds('The login server took too long to respond. Check BEEZI_API_URL, then try again.')).toEqual(
      [],
    );
    expect(anyIds('The database took too long to respond. Please try again in a moment.')).toEqual([]);
    expect(anyIds('⏰ *Timeout! You took too long to respond.*')).toEqual([]);
  });
});

describe('browser error pages: Firefox’s timeout and reset pages', () => {
  it('reads `The server at <host> is taking too long to respond.` as a likely connect timeout (c231-028)', () => {
    expect(levels(corpusPaste('c231-028'))).toEqual([['10060', 'medium']]);
    expect(levels('The server at www.google.com is taking too long to respond.')).toEqual([
      ['10060', 'medium'],
    ]);
  });

  it('reads nothing in an application’s own `is taking too long to respond` or the heading alone', () => {
    // find_string ids 12130644703, 71623968088; open62541's own heading words (corpus c73-017).
    expect(anyIds('The server is taking too long to respond. Please try again.')).toEqual([]);
    expect(
      anyIds("Exception('AI service is taking too long to respond. The server may be waking up')"),
    ).toEqual([]);
    expect(anyIds('The connection has timed out')).toEqual([]);
  });

  it('reads the reset page’s sentence as a likely reset with or without its heading (c231-033)', () => {
    expect(levels(corpusPaste('c231-033'))).toEqual([['10054', 'medium']]);
    expect(
      levels(
        "firefox tells 'the connection to the server was reset while the page was loading.' even though i can see firefox geting jquery-3.2.1.min.js.",
      ),
    ).toEqual([['10054', 'medium']]);
  });

  it('still reads NSPR’s reset code under Firefox’s secure-connection page as sure', () => {
    expect(
      levels(
        'Secure Connection Failed\n\nAn error occurred during a connection to example.org. PR_CONNECT_RESET_ERROR\n\nThe connection to the server was reset while the page was loading.',
      ),
    ).toEqual([['10054', 'high']]);
  });
});
