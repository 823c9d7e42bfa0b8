import { describe, expect, it } from 'vitest';
import { anyIds, highIds } from '../../helpers/detect.js';

/** Configuration-management agents and their servers, from real pastes of corpus round 64. */
describe('detectErrors reads configuration-management agents', () => {
  it("reads illumos/Solaris libc's EAI_NONAME text, as the Puppet master printed it on OpenIndiana (oi-userland PR #3509, c64-035)", () => {
    const text =
      'Notice: Starting Puppet master version 5.2.0\nsvcadm: Instance "svc:/application/puppet:master" is not online.\nError: Could not run: getaddrinfo: node name or service name not known';
    expect(highIds(text)).toEqual(['11001']);
  });

  it("reads the same text after Python's errno on SunOS (find_string index id 24186117352)", () => {
    expect(
      highIds('urllib2.URLError: <urlopen error [Errno 8] node name or service name not known>'),
    ).toEqual(['11001']);
  });

  it("reads Ruby's refused connect to the puppetserver port (zulip issue #10874, c64-001)", () => {
    const text =
      'Warning: Failed to open TCP connection to zulip.local:8140 (Connection refused - connect(2) for "zulip.local" port 8140)';
    expect(highIds(text)).toEqual(['10061']);
  });

  it("leaves Salt's own request deadline alone (saltstack/salt issues #63582 and #60855, c64-010, c64-030)", () => {
    expect(anyIds("[TRACE   ] Failed to send msg SaltReqTimeoutError('Message timed out')")).toEqual([]);
    expect(anyIds('[DEBUG] Re-init ZMQ socket: Message timed out')).toEqual([]);
  });

  it("leaves Ruby's own open deadline and a server that answered alone (jquery/infrastructure-puppet #108, crafty #68, c64-005, c64-047)", () => {
    expect(
      anyIds(
        'puppet-agent[29956]: Failed to open TCP connection to puppet-04.ops.jquery.net:8140 (execution expired)',
      ),
    ).toEqual([]);
    expect(
      anyIds(
        'Error: Could not retrieve catalog from remote server: Error 403 on SERVER: Forbidden request: /puppet/v3/catalog/crafty-testing. (method :post).',
      ),
    ).toEqual([]);
  });

  it("leaves cf-serverd's access-control refusal alone (djbclark/stayturgid issue #84, c64-050)", () => {
    expect(anyIds('→ **still `Unspecified server refusal` (rc=101).**')).toEqual([]);
  });
});
