import { describe, expect, it } from 'vitest';
import { detectErrors, highIds } from '../../helpers/detect.js';

describe("Apple CFNetwork's log of a failed load", () => {
  // `[domain:code]` after the NSURLError code: domain 1 is kCFStreamErrorDomainPOSIX, a Darwin errno.
  it.each([
    [
      'a refused connect (corpus c10-025)',
      'Task <102BC563-64BD-4762-905C-A7242C48722E>.<1> HTTP load failed (error code: -1004 [1:61])',
      '10061',
    ],
    [
      'a connect timeout after the SYN retransmits (corpus c10-028)',
      'Task <1B9B0B1B-731E-4ED6-9A91-5B7AD8A6B861>.<1> HTTP load failed (error code: -1001 [1:60])',
      '10060',
    ],
    [
      'a lost connection (public-code index id 31247007220)',
      '0x00007fff8ec6774f HTTP load failed (error code: -1005 [1:57])',
      '10057',
    ],
    [
      'the newer form with the byte counts (corpus c10-015)',
      'MetroBundler ERROR: HTTP load failed, 0/0 bytes (error code: -1001 [1:60])',
      '10060',
    ],
  ])('reads the POSIX code of %s', (_label, text, id) => {
    expect(highIds(text), JSON.stringify(detectErrors(text))).toEqual([id]);
  });

  it('reads no other domain, no cancellation and no slice bounds', () => {
    // Domain 12 is NetDB (8 is EAI_NONAME), -999 [1:89] the app cancelling (ECANCELED).
    expect(detectErrors('HTTP load failed, 0/0 bytes (error code: -1003 [12:8])')).toEqual([]);
    expect(detectErrors('HTTP load failed (error code: -999 [1:89])')).toEqual([]);
    expect(detectErrors('panic: runtime error: slice bounds out of range [1:60]')).toEqual([]);
  });
});

describe("Unreal Engine's socket error names", () => {
  it('reads an ESocketErrors name as the Winsock error it stands for', () => {
    // ISocketSubsystem::GetSocketError prints the enum's name; SE_X = WSAX (corpus c10-107).
    expect(highIds("Can't connect to server, SE_HOST_NOT_FOUND")).toEqual(['11001']);
    expect(highIds('Warning: SOCKETS: Bind failed with SE_EADDRINUSE')).toEqual(['10048']);
    expect(highIds('Socket error: SE_UDP_ERR_PORT_UNREACH')).toEqual(['10054']);
  });

  it('reads no name for no error, and no name inside a longer identifier', () => {
    expect(detectErrors('GetLastErrorCode() == SE_NO_ERROR')).toEqual([]);
    expect(detectErrors('ESE_ECONNREFUSED_COUNT')).toEqual([]);
  });
});
