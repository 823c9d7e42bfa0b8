import { describe, expect, it } from 'vitest';
import { anyIds, highIds } from '../../helpers/detect.js';

/**
 * Lines from research data transfer and distributed storage tools (iRODS, Globus and GridFTP, XRootD,
 * gfal2, Nextflow's remote fetches), from real pastes of corpus round 187. Two rules came from it:
 * XRootD's 'Server responded with an error' is file context (context-rules.json) and gfal2's missing
 * plugin answer is not an error (runtime-phrases.json); the rest pin forms already read.
 */
describe('detectErrors reads data transfer and storage tools', () => {
  it("leaves XRootD's permission answer alone after 'Unable to connect' (xrootd/xrootd issue #269)", () => {
    const text =
      'xrdmapc: Unable to connect to xrootd.unl.edu:1094; [ERROR] Server\nresponded with an error: [3010] Unable to locate /; permission denied';
    expect(anyIds(text)).toEqual([]);
  });

  it('still reads a socket error an XRootD server relays in its answer', () => {
    const text =
      'Error in <TNetXNGFile::Open>: [ERROR] Server responded with an error: [3014] Unable to open file  /eos/alicelblhpcs/grid/00/38792/fea1665b-a441-11ef-a449-b47af1a61b9a; Network is unreachable';
    expect(highIds(text)).toEqual(['10051']);
  });

  it("leaves gfal2's missing-plugin answer alone (pegasus-isi/pegasus issue #1462)", () => {
    const text =
      '2019-02-06 16:51:31,610    INFO:  gfal-mkdir error: 93 (Protocol not supported) - Protocol not supported or path/url invalid: gsiftp:/\n2019-02-06 16:51:31,610   ERROR:  Command exited with non-zero exit code (93): gfal-mkdir ...';
    expect(anyIds(text)).toEqual([]);
  });

  it("leaves gfal2's bare missing-plugin message alone (gfal2 bindings)", () => {
    expect(anyIds('[gfal_catalogs_accessG] Protocol not supported or path/url invalid')).toEqual([]);
  });

  it("reads iRODS' USER_SOCK_CONNECT_ERR with its errno (irods/irods issue #3189)", () => {
    const text =
      'ERROR: _rcConnect: connectToRhost error, server on alpha-res:1247 is probably down status = -305111 USER_SOCK_CONNECT_ERR, Connection refused';
    expect(highIds(text)).toEqual(['10061']);
  });

  it("leaves iRODS' vault mkdir permission error alone (irods/irods issue #6312)", () => {
    const text =
      'remote addresses: 127.0.0.1 ERROR: putUtil: put error for /tempZone/home/rods/sample.json, status = -520013 status = -520013 UNIX_FILE_MKDIR_ERR, Permission denied';
    expect(anyIds(text)).toEqual([]);
  });

  it("reads GridFTP's globus_xio connect timeout behind the Transfer API (globus/globus-cli issue #347)", () => {
    const text =
      'Error contacting myproxy server, Unable to connect to 141.142.148.122:7512\n                  Unable to connect to myproxy.teragrid.org\n                  Connection timed out';
    expect(highIds(text)).toEqual(['10060']);
  });

  it("leaves XrdCl's GSI login failure under its socket words alone (xrootd/xrootd issue #1562)", () => {
    const text =
      '[2021-11-24 19:38:30.552166 +0100][Error  ][AsyncSock         ] [cmsdcadisk.fnal.gov:1095.0] Socket error while handshaking: [FATAL] Auth failed';
    expect(anyIds(text)).toEqual([]);
  });
});
