import { describe, expect, it } from 'vitest';
import { anyIds, detectErrors } from '../../helpers/detect.js';

/** Each finding as `[id, confidence]`, to pin how sure the detector is. */
const levels = (text: string) => detectErrors(text).map((f) => [f.id, f.confidence]);

/**
 * Round 221: socket errors pasted in Chinese. Current Chinese Linux systems print ECONNRESET as
 * 连接被对方重置 where the libc.mo the glibc table was built from says 连接被对方重设; users retell
 * Windows' 10061 text cut at both ends; and apps say 网络连接超时 for their own deadlines.
 */
describe('Chinese socket texts from Linux, retold Windows texts and apps’ own timeouts', () => {
  it('reads the current zh_CN ECONNRESET text after curl and git at high (ids 68892202592, 33211028089)', () => {
    expect(levels('curl: (56) Recv failure: 连接被对方重置')).toEqual([['10054', 'high']]);
    expect(levels('curl: (35) Recv failure: 连接被对方重置')).toEqual([['10054', 'high']]);
    expect(
      levels("致命错误:无法访问 'https://github.com/FreeBSD-Ask/FreeBSD-Ask/': Recv failure: 连接被对方重置"),
    ).toEqual([['10054', 'high']]);
    // The older libc.mo text is read as before.
    expect(levels('curl: (56) Recv failure: 连接被对方重设')).toEqual([['10054', 'high']]);
  });

  it('reads Windows’ zh-CN 10061 text retold without its start and end at medium only', () => {
    expect(levels('一台电脑测试没问题，另外一台测试提示被目标计算机积极拒绝，求解')).toEqual([
      ['10061', 'medium'],
    ]);
    // The whole text, and the text with its number, stay high.
    expect(levels('由于目标计算机积极拒绝，无法连接。')).toEqual([['10061', 'high']]);
    expect(levels('ConnectionRefusedError: [WinError 10061] 由于目标计算机积极拒绝，无法连接。')).toEqual([
      ['10061', 'high'],
    ]);
  });

  it('reads no error in an app’s own 网络连接超时 but still reads glibc’s 连接超时 after a program’s words', () => {
    expect(anyIds('添加优惠券过程中，出现多次“网络连接超时，请重试”-安卓--5.27')).toEqual([]);
    expect(anyIds('【米文】绑定网络连接超时')).toEqual([]);
    expect(levels('ssh: connect to host 10.0.0.5 port 22: 连接超时')).toEqual([['10060', 'high']]);
    expect(levels('java.net.ConnectException: 连接超时 (Connection timed out)')).toEqual([['10060', 'high']]);
    // An English OS text beside the app's words is still read.
    expect(levels('网络连接超时: Connection timed out')).toEqual([['10060', 'high']]);
  });
});
