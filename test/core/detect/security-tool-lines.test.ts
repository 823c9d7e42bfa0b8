import { describe, expect, it } from 'vitest';
import { anyIds, highIds } from '../../helpers/detect.js';

/** Lines from security and penetration-testing tools, from real pastes of corpus round 57. */
describe("detectErrors reads Metasploit's Rex socket exceptions", () => {
  it('reads Rex::ConnectionRefused (rapid7/metasploit-framework issue #9724)', () => {
    const text =
      '[-] 192.168.43.124:135 - Exploit failed [unreachable]: Rex::ConnectionRefused The connection was refused by the remote host (192.168.43.124:135).';
    expect(highIds(text)).toEqual(['10061']);
  });

  it('reads the same words re-raised as a RuntimeError (issue #13239)', () => {
    const text =
      '[-] 10.0.2.1:1099 - Exploit failed [unreachable]: RuntimeError The connection was refused by the remote host (10.0.2.1:1099).';
    expect(highIds(text)).toEqual(['10061']);
  });

  it('reads Rex::HostUnreachable around its address (issue #18884)', () => {
    const text =
      '[-] *.*.*.*:21 - Exploit failed [unreachable]: Rex::HostUnreachable The host (*.*.*.*:21) was unreachable.';
    expect(highIds(text)).toEqual(['10065']);
  });

  it("does not read 'was unreachable.' without Rex's 'The host ('", () => {
    expect(anyIds('The dashboard was unreachable.')).toEqual([]);
  });
});

describe("detectErrors leaves the tools' own wording alone", () => {
  it("finds nothing in sqlmap's own request deadline (sqlmapproject/sqlmap issue #676)", () => {
    const text =
      '[02:19:11] [CRITICAL] connection timed out to the target URL. sqlmap is going to retry the request(s)';
    expect(anyIds(text)).toEqual([]);
  });

  it("finds nothing in an older sqlmap's lower-case wording (issue #602)", () => {
    const text =
      '[11:46:15] [CRITICAL] connection timed out to the target url or proxy, sqlmap is going to retry the request';
    expect(anyIds(text)).toEqual([]);
  });

  it("finds nothing in hydra's 'ssh protocol error' summary (vanhauser-thc/thc-hydra issue #86)", () => {
    expect(anyIds('[ERROR] could not connect to target port 22\n[ERROR] ssh protocol error')).toEqual([]);
  });

  it('still reads the cause hydra prints before its summary (thc-hydra issue #745)', () => {
    const text =
      '[ERROR] could not connect to ssh://192.168.88.39:22 - Connection refused\n[ERROR] ssh protocol error';
    expect(highIds(text)).toEqual(['10061']);
  });
});
