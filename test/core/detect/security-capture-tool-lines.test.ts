import { describe, expect, it } from 'vitest';
import { anyIds, highIds } from '../../helpers/detect.js';

/**
 * Security, scanning and packet-capture tools (nmap, ettercap, impacket and CrackMapExec, Metasploit, mitmproxy,
 * OWASP ZAP, sqlmap, rpcapd and libpcap, nuclei, ffuf, gobuster, Responder, Greenbone), from real pastes of corpus
 * round 173 (`test/fixtures/corpus/round173.jsonl`, ids c173-…). Two rules came from the round: the JDK's own
 * Windows sentence for WSAEADDRNOTAVAIL on connect, and CrackMapExec's and NetExec's sentence for EADDRINUSE on
 * their SMB server's bind. The rest pins what the rules already read, in both directions.
 */
describe('detectErrors reads the socket errors security tools print', () => {
  it("reads the JDK's Windows sentence for WSAEADDRNOTAVAIL on connect, wrapped as pasted (zaproxy issue #415, c173-014)", () => {
    const text =
      'Instead I see,\nZAP Error: connect: Address is invalid on local machine, or port is not valid on remote\nmachine';
    expect(highIds(text)).toEqual(['10049']);
    const spring =
      'ResourceAccessException: I/O error on GET request for "http://localhost:0/basic": connect: ' +
      'Address is invalid on local machine, or port is not valid on remote machine';
    expect(highIds(spring)).toEqual(['10049']);
  });

  it("does not read half of the JDK's sentence, which socket helpers throw for a null host", () => {
    expect(anyIds('IllegalArgumentException: connect: Address is invalid on local machine')).toEqual([]);
  });

  it("reads CrackMapExec's and NetExec's SMB server sentence for EADDRINUSE (issue #492, c173-021)", () => {
    const text =
      'If a smb service is running on the system it is not possible to use wmiexec to execute code (Error: Error ' +
      'starting SMB server on port 445: the port is already in use).';
    expect(highIds(text)).toEqual(['10048']);
    const line =
      'SMB         10.10.10.100    445    DC               [-] Error starting SMB server on port 445: the port is already in use';
    expect(highIds(line)).toEqual(['10048']);
  });

  it("does not read 'the port is already in use' without the SMB server's words before it", () => {
    expect(anyIds('Mirth: http.port port is already in use: 8081')).toEqual([]);
    expect(anyIds('Check with lsof whether the port is already in use.')).toEqual([]);
  });

  it("reads nmap's raw-socket sendto refused by the firewall, glued to the line before (nmap issue #2797, c173-002)", () => {
    const text =
      'Offending packet: TCP 10.X.X.X:PORT > 10.X.X.X:PORT S ttl=54 id=19711 iplen=44  seq=4025177164 win=1024 ' +
      '<mss 1460>sendto in send_ip_packet_sd: sendto(9, packet, 44, 0, 10.X.X.X, 16) => Operation not permitted';
    expect(highIds(text)).toEqual(['EPERM']);
  });

  it("reads impacket's '[Errno Connection error (…)]' wrapper around the socket error (impacket #1445, c173-004)", () => {
    const text =
      '[-] RemoteOperations failed: [Errno Connection error (miguel:445)] [Errno 11001] getaddrinfo failed';
    expect(highIds(text)).toEqual(['11001']);
  });

  it("reads Rex::ConnectionRefused in its 'Class: message' form (metasploit issue #10846, c173-007)", () => {
    const text =
      '[-] 192.168.10.188:4444 - Rex::ConnectionRefused: The connection was refused by the remote host (192.168.10.188:4444).';
    expect(highIds(text)).toEqual(['10061']);
  });

  it("reads mitmproxy's listener errors on Linux and macOS (mitmproxy issues #219, #4163, c173-009, c173-010)", () => {
    expect(highIds('mitmproxy: Error starting proxy server: Address already in use')).toEqual(['10048']);
    expect(highIds('Error starting proxy server: OSError(49, "Can\'t assign requested address")')).toEqual([
      '10049',
    ]);
  });

  it("reads ZAP's proxy bind failures in the JDK's Windows and German texts (c173-012, c173-013)", () => {
    expect(
      highIds("'An error occurred while starting the proxy:\nAddress already in use: JVM_BIND'"),
    ).toEqual(['10048']);
    expect(highIds('java.net.BindException: Die Adresse wird bereits verwendet')).toEqual(['10048']);
  });

  it("reads libpcap's rpcapd connect error with its errno (ExtraHop/rpcapd issue #2, c173-016)", () => {
    const text =
      'Is the server properly installed on 10.128.0.4?  connect() failed: Connection refused (code 111) ';
    expect(highIds(text)).toEqual(['10061']);
  });

  it("reads Go's EMFILE and reset under ffuf and gobuster (c173-018, c173-025)", () => {
    expect(
      highIds(
        'dial tcp: lookup test.site.com on 10.1.94.9:53: dial udp 10.1.94.9:53: socket: too many open files',
      ),
    ).toEqual(['10024']);
    expect(
      highIds(
        'unable to connect to https://example.com/: Get https://example.com/: read tcp x.x.x.x:60936->y.y.y.y:443: read: connection reset by peer',
      ),
    ).toEqual(['10054']);
  });
});

describe("detectErrors leaves the tools' own words alone", () => {
  it("finds nothing in Metasploit's handler bind fallback (metasploit issue #9619, c173-028)", () => {
    const text =
      '[-] Handler failed to bind to xx.xx.xx.xx:4444:-  -\n[*] Started reverse TCP handler on 0.0.0.0:4444 \n' +
      '[-] Connection failed\n[*] Exploit completed, but no session was created.';
    expect(anyIds(text)).toEqual([]);
  });

  it("finds nothing in sqlmap's causeless 'unable to connect' and Responder's bind summary (c173-029, c173-031)", () => {
    expect(
      anyIds(
        '[17:19:11] [CRITICAL] unable to connect to the target URL or proxy. sqlmap is going to retry the request',
      ),
    ).toEqual([]);
    expect(
      anyIds('[!] Error starting TCP server on port 80, check permissions or other servers running.'),
    ).toEqual([]);
  });

  it("finds nothing in ZAP's own listen sentences (c173-033, c173-035)", () => {
    expect(anyIds('I get the message : cannot listen on port 8080 and\nthe sites never gets active')).toEqual(
      [],
    );
    expect(
      anyIds('Cannot listen on port 0.0.0.0:8090 - try specifying a different port for ZAP to use'),
    ).toEqual([]);
  });

  it("finds nothing in impacket's NetBIOS read failure, timeout and a TypeError in its wrapper (c173-042 to c173-044)", () => {
    expect(anyIds("NetBIOSError: ('Error while reading from remote', 255, None)")).toEqual([]);
    expect(anyIds('The NETBIOS connection with the remote host timed out.')).toEqual([]);
    expect(
      anyIds(
        'Error: `Errno Connection error (192.168.212.128:<CMEAdapter cme (ERROR)>)] Int or String expected`',
      ),
    ).toEqual([]);
  });

  it("finds nothing in nuclei's and gobuster's own deadlines (c173-040, c173-050)", () => {
    expect(
      anyIds(
        '[WRN] [ssh-auth-methods] Could not execute request for ip:22: errKind=unknown-error [address=ip:22] context deadline exceeded',
      ),
    ).toEqual([]);
    expect(
      anyIds(
        'unable to connect to https://censored.org/: net/http: request canceled (Client.Timeout exceeded while reading body)',
      ),
    ).toEqual([]);
  });

  it("finds nothing in libpcap's file and library errors (c173-037, c173-038, c173-046, c173-048)", () => {
    expect(
      anyIds(
        'SharpPcap.PcapException: Unable to activate the adapter (rpcap://\\Device\\NPF_{F4F5CA25}). Return code: -4',
      ),
    ).toEqual([]);
    expect(
      anyIds(
        'ERROR: Unable to open ssh pcap file /tmp/x.pcap: truncated dump file; tried to read 4 file header bytes, only got 0',
      ),
    ).toEqual([]);
    expect(
      anyIds(
        "eth0: You don't have permission to capture on that device ((cannot open BPF device) /dev/bpf0: Permission denied)",
      ),
    ).toEqual([]);
    expect(anyIds("pfring: error: dlopen('libpfring.so'): Operation not permitted")).toEqual([]);
  });
});
