import { describe, expect, it } from 'vitest';
import { anyIds, highIds } from '../../helpers/detect.js';

/** E-mail clients' and fetchers' own forms of an OS error, from real pastes of corpus round 133. */
describe("detectErrors reads Python's '[Errno 60] Operation timed out' as macOS's socket timeout", () => {
  it("reads offlineimap's sync failure on macOS at high confidence (c133-001)", () => {
    const text =
      " Establishing connection to imap.gmail.com:993 (Remote)\n\n ERROR: While attempting to sync account 'Gmail'\n  [Errno 60] Operation timed out\n *** Finished account 'Gmail' in 2:30";
    expect(highIds(text)).toEqual(['10060']);
  });

  it('keeps the same text under a TimeoutError at high confidence (c111-018)', () => {
    expect(highIds('TimeoutError: [Errno 60] Operation timed out')).toEqual(['10060']);
  });

  it('does not raise the bare text without the errno before it', () => {
    expect(highIds(" ERROR: While attempting to sync account 'Gmail'\n  Operation timed out")).toEqual([]);
  });
});

describe("detectErrors leaves a client's logged close reason alone", () => {
  it("drops EPROTO from go-imap's 'Close reason: protocol error' but keeps the reset around it (c133-020)", () => {
    const text =
      'IMAP Windows News       12:01:11 S:  (read tcp <client IP>:34130-><imap IP>:993: read: connection reset by peer)\nIMAP Windows News       12:01:11 Close reason: protocol error\nIMAP  Windows News      12:01:11 Connection closing (flush=false)';
    expect(anyIds(text)).toEqual(['10054']);
  });

  it("leaves a WebSocket client's close reason alone, whatever its case", () => {
    expect(anyIds('Close Reason: Protocol Error')).toEqual([]);
    expect(anyIds('Close reason: protocol error')).toEqual([]);
  });

  it("still reads 'Protocol error' when it follows a socket call", () => {
    expect(anyIds('recv() failed: Protocol error')).not.toEqual([]);
  });
});

describe('detectErrors leaves mail clients’ own deadlines and refusals alone', () => {
  it("leaves mbsync's own socket timeout alone (c133-025)", () => {
    expect(anyIds('Socket error on 127.0.0.1 (127.0.0.1:1143): timeout.')).toEqual([]);
  });

  it("reads mbsync's socket error with the OS text as that error (c133-009)", () => {
    const text =
      'Socket error from mail.<mailserver domain> (<ip address of mailserver>:993): Connection reset by peer';
    expect(highIds(text)).toEqual(['10054']);
  });

  it('leaves msmtp certificate failures alone (c133-031, c133-032)', () => {
    expect(
      anyIds(
        'msmtp: TLS certificate verification failed: certificate 2 of 4 has expired\nmsmtp: could not send mail (account school from /home/USER/.config/msmtp/config)',
      ),
    ).toEqual([]);
  });
});
