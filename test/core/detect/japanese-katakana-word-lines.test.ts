import { describe, expect, it } from 'vitest';
import { anyIds, detectErrors } from '../../helpers/detect.js';

/** Each finding as `[id, confidence]`, to pin how sure the detector is. */
const levels = (text: string) => detectErrors(text).map((f) => [f.id, f.confidence]);

/**
 * Found in round 222: Japanese writes a loanword as one run of katakana, so a message that starts
 * with katakana does not start inside such a run. glibc's ja EADDRINUSE text アドレスは既に使用中です
 * sits word for word inside sign-up forms' `このメールアドレスは既に使用中です` ('this e-mail address
 * is already in use'), which read as a high 10048. The apps' strings were seen in public code
 * (find_string index ids 55585948739, 39153439102, 10008559866); no pasted one was found.
 */
describe('a Japanese message does not start inside a katakana word', () => {
  it('reads no error in a sign-up form’s e-mail address already in use', () => {
    expect(anyIds('このメールアドレスは既に使用中です。')).toEqual([]);
    expect(anyIds('error: "メールアドレスは既に使用中です",')).toEqual([]);
    expect(anyIds("'email.unique' => 'そのメールアドレスは既に使用中です。',")).toEqual([]);
  });

  it('still reads glibc’s ja EADDRINUSE text after programs’ words at high', () => {
    // dnsmasq and ftp on Japanese Linux, as notes in public repositories quote them (ids 32282074645,
    // 46014497523), and Java's BindException with the same text (id 33726699561).
    expect(
      levels(
        'raspberrypi dnsmasq[1130]: dnsmasq: failed to create listening socket for port 53: アドレスは既に使用中です',
      ),
    ).toEqual([['10048', 'high']]);
    expect(levels("ftp: Can't bind for data connection: アドレスは既に使用中です")).toEqual([
      ['10048', 'high'],
    ]);
    expect(levels('Exception: java.net.BindException: アドレスは既に使用中です')).toEqual([
      ['10048', 'high'],
    ]);
  });
});
