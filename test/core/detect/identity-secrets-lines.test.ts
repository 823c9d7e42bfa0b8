import { describe, expect, it } from 'vitest';
import { anyIds, detectErrors, highIds } from '../../helpers/detect.js';

/** Lines from identity, SSO and secrets servers and their clients, from real pastes of corpus round 183. */
describe("detectErrors reads Ruby net-ldap's own wording of a refused connection", () => {
  it('finds 10061 at high in the Rails log of an LDAP bind (sfc-rg/rg-portal issue #33)', () => {
    const text = 'Net::LDAP::Error - Server ldap1.sfc.wide.ad.jp refused connection on port 389.:';
    const findings = detectErrors(text);
    expect(findings.map((f) => [f.id, f.confidence])).toEqual([['10061', 'high']]);
  });

  it('finds the same after the older LdapError class that Metasploit’s copy still raises', () => {
    expect(highIds('Net::LDAP::LdapError: Server 10.0.0.5 refused connection on port 636.')).toEqual([
      '10061',
    ]);
  });

  it("reads nothing in Hadoop's FTP reply refusal, which has no LDAP before it", () => {
    expect(anyIds('java.io.IOException: Server - ftp.example.com refused connection on port - 21')).toEqual(
      [],
    );
  });
});

describe('detectErrors reads the socket errors under identity and secrets servers', () => {
  it("finds 10061 in Vault's Raft replication to a follower (hashicorp/vault-helm issue #40)", () => {
    const text =
      '2020-03-21T16:21:43.543Z [ERROR] storage.raft: failed to appendEntries to: peer="{Voter d9ca1f2d-cb9c-685b-d24b-b5c393bd7d0f vault-1.vault-internal:8201}" error="dial tcp 10.233.76.32:8201: connect: connection refused"';
    expect(highIds(text)).toEqual(['10061']);
  });

  it("finds 10061 through go-ldap's Network Error wrapper in Dex (dexidp/dex issue #3671)", () => {
    const text =
      'failed to connect: LDAP Result Code 200 \\"Network Error\\": dial tcp :389: connect: connection refused';
    expect(highIds(text)).toEqual(['10061']);
  });

  it("finds 10060 under Kerberos.NET's TCP Connect failed (dotnet/Kerberos.NET issue #70)", () => {
    const text =
      '---- Kerberos.NET.Transport.KerberosTransportException : TCP Connect failed\n-------- System.Net.Internals.SocketExceptionFactory+ExtendedSocketException : A connection attempt failed because the connected party did not properly respond after a period of time, or established connection failed because connected host has failed to respond';
    expect(highIds(text)).toEqual(['10060']);
  });

  it("finds only the ipa CLI's refusal beside kinit's and libldap's errno-less failures (cockpit issue #9900)", () => {
    const text =
      "kinit: Cannot contact any KDC for realm 'COCKPIT.LAN' while getting initial credentials\nipa: ERROR: cannot connect to 'https://f0.cockpit.lan/ipa/json': [Errno 111] Connection refused\n ! Can't contact LDAP server";
    expect(anyIds(text)).toEqual(['10061']);
  });
});

describe('detectErrors leaves the identity servers’ own answers and deadlines alone', () => {
  it("finds nothing in go-ldap's Network Error around io.EOF (dexidp/dex issue #1675)", () => {
    expect(anyIds('Login error: failed to connect: LDAP Result Code 200 "Network Error": EOF')).toEqual([]);
  });

  it("finds nothing in libldap's LDAP_SERVER_DOWN through PHP (ltb-project/self-service-password issue #203)", () => {
    const text =
      "mod_fcgid: stderr: LDAP - Bind error -1 (Can't contact LDAP server), referer: https://hasla.indevops.com/index.php?action=sendsms";
    expect(anyIds(text)).toEqual([]);
  });

  it("finds nothing in sssd_be's StartTLS Connect error (SSSD/sssd issue #5444)", () => {
    const text =
      '[be[ldap]] [sss_ldap_init_sys_connect_done] (0x0020): ldap_install_tls failed: [Connect error] [(unknown error code)]';
    expect(anyIds(text)).toEqual([]);
  });

  it("finds nothing in dapphp/radius's own error 28, its reply deadline (dapphp/radius issue #22)", () => {
    expect(
      anyIds('Access-Request failed with error 28 (Timed out while waiting for RADIUS response).'),
    ).toEqual([]);
  });

  it("finds nothing in radclient's and pam_radius_auth's unanswered requests", () => {
    expect(anyIds('(0) No reply from server for ID 52 socket 3')).toEqual([]);
    expect(anyIds('pam_radius_auth: RADIUS server (**.***.***.***) failed to respond')).toEqual([]);
  });

  it("finds nothing in JGroups' own JOIN deadline in Keycloak's cluster (keycloak/keycloak issue #29399)", () => {
    const text =
      '2025-05-09 19:29:02,339 WARN  [org.jgroups.protocols.pbcast.GMS] (main) cc5d00201f04-49634: JOIN(cc5d00201f04-49634) sent to 7768a0cf6a4a-2231 timed out (after 2000 ms), on try 0';
    expect(anyIds(text)).toEqual([]);
  });

  it("finds nothing in sssd_be's krb5_auth_timeout (SSSD/sssd issue #6545)", () => {
    const text =
      '[be[schefczyk.local]] [krb5_child_timeout] (0x0040): Timeout for child [1805] reached. In case KDC is distant or network is slow you may consider increasing value of krb5_auth_timeout.';
    expect(anyIds(text)).toEqual([]);
  });

  it('finds nothing in Kerberos clock skew from impacket and gokrb5', () => {
    expect(
      anyIds('GetTGT error, error: Kerberos SessionError: KRB_AP_ERR_SKEW(Clock skew too great)'),
    ).toEqual([]);
    expect(
      anyIds(
        'KDC_Error: AS Exchange Error: kerberos error response from KDC: KRB Error: (37) KRB_AP_ERR_SKEW Clock skew too great',
      ),
    ).toEqual([]);
  });

  it("finds nothing in Heimdal kinit's bare config errnos or its missing realm (heimdal/heimdal issues #1126, #399)", () => {
    expect(anyIds('kinit: krb5_init_context failed: 6')).toEqual([]);
    expect(anyIds('kinit: krb5_get_default_principal: unable to find realm of host <hostname>')).toEqual([]);
  });

  it("finds nothing in the vault CLI's certificate failures (hashicorp/vault issue #7400)", () => {
    const text =
      'Error checking seal status: Get https://xx.x.x.xx:8200/v1/sys/seal-status: x509: certificate signed by unknown authority';
    expect(anyIds(text)).toEqual([]);
  });
});
