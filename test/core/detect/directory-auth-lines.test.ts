import { describe, expect, it } from 'vitest';
import { anyIds, detectErrors, highIds } from '../../helpers/detect.js';

/** Lines from directory services and network authentication, from real pastes of corpus round 71. */
describe('detectErrors reads Win32 ERROR_CONNECTION_REFUSED by its symbol', () => {
  it("reads PBIS domainjoin-cli's refused join (BeyondTrust/pbis-open issue #184)", () => {
    expect(highIds('Error: ERROR_CONNECTION_REFUSED [code 0x000004c9]')).toEqual(['10061']);
  });

  it("keeps Gecko's NS_ERROR_CONNECTION_REFUSED the one refused connection", () => {
    expect(anyIds('NS_ERROR_CONNECTION_REFUSED')).toEqual(['10061']);
  });

  it('reads nothing in a longer symbol that only starts with it', () => {
    expect(anyIds('ERROR_CONNECTION_REFUSED_BY_POLICY')).toEqual([]);
  });
});

describe("detectErrors weighs Samba's text for NT_STATUS_IO_TIMEOUT like its name", () => {
  it("finds ETIMEDOUT at medium in net ads join's RPC failure (inverse-inc/packetfence issue #1661)", () => {
    const text =
      "INFO: domain join : Failed to join domain: failed to lookup DC info for domain 'inverse.local' over rpc: {Device Timeout} The specified I/O operation on %hs was not completed before the time-out period expired.";
    const findings = detectErrors(text);
    expect(findings.map((f) => [f.id, f.confidence])).toEqual([['10060', 'medium']]);
  });

  it("finds the same in samba-tool's uncaught NTSTATUS tuple (3221225653 is 0xC00000B5)", () => {
    const text =
      "ERROR(runtime): uncaught exception - (3221225653, '{Device Timeout} The specified I/O operation on %hs was not completed before the time-out period expired.')";
    expect(anyIds(text)).toEqual(['10060']);
    expect(highIds(text)).toEqual([]);
  });
});

describe('detectErrors leaves the directory tools’ own deadlines and answers alone', () => {
  it("finds nothing in JNDI's own LDAP reply deadline (wso2/product-is issue #6496)", () => {
    const text =
      'Error obtaining connection. LDAP response read timed out, timeout used:5000ms. javax.naming.NamingException: LDAP response read timed out, timeout used:5000ms.';
    expect(anyIds(text)).toEqual([]);
  });

  it("finds nothing in nsupdate's REFUSED answer in SSSD's log (SSSD/sssd issue #5865)", () => {
    expect(anyIds('sssd[373372]: update failed: REFUSED')).toEqual([]);
  });

  it("finds nothing in MIT kinit's KRB5_KDC_UNREACH (colundrum/42_vogsphere_access issue #1)", () => {
    const text = "kinit: Cannot contact any KDC for realm '42.FR' while getting initial credentials";
    expect(anyIds(text)).toEqual([]);
  });
});
