import { describe, expect, it } from 'vitest';
import { anyIds, highIds } from '../../helpers/detect.js';

/**
 * Real pastes of corpus round 43 (HPC and scientific computing): MPI launchers, batch schedulers,
 * parallel file systems and grid transfers print socket errors in their own frames, and print
 * OS words for things that are no socket at all.
 */
describe('detectErrors reads socket errors in MPI, scheduler and grid-transfer lines', () => {
  it.each([
    [
      '[ivy08][[463,1],0][btl_tcp_endpoint.c:803:mca_btl_tcp_endpoint_complete_connect] connect() to 10.102.1.194 failed: No route to host (113)',
      ['10065'],
    ],
    [
      '[c-16-1-worker0006][[11356,1],45][btl_tcp.c:559:mca_btl_tcp_recv_blocking] recv(36) failed: Connection reset by peer (104)',
      ['10054'],
    ],
    [
      '[proxy:0:1@node168.local] HYDU_sock_connect (utils/sock/sock.c:145): unable to connect from "node168.local" to "node100.local" (Connection refused)',
      ['10061'],
    ],
    [
      'error: slurm_persist_conn_open_without_init: failed to open persistent connection to host:localhost:6819: Connection refused',
      ['10061'],
    ],
    [
      '$ qstat -B\nConnection refused\nqstat: cannot connect to server ninano-TRX40-AORUS-PRO-WIFI (errno=111)',
      ['10061'],
    ],
    [
      'globus_xio: System error in connect: Connection timed out\nglobus_xio: A system call failed: Connection timed out',
      ['10060'],
    ],
  ])('reads %j', (text, ids) => {
    expect(highIds(text)).toEqual(ids);
  });
});

describe("detectErrors reads Globus XIO's frame around the system call's error", () => {
  it('reads only the socket error, not the frame as a resolver error', () => {
    const text =
      '500-globus_xio: System error in recv: Connection reset by peer\r\n500-globus_xio: A system call failed: Connection reset by peer';
    expect(anyIds(text)).toEqual(['10054']);
  });
});

describe("detectErrors ignores the tools' own deadlines and codes", () => {
  it.each([
    ['sbatch: error: Batch job submission failed: Socket timed out on send/recv operation'],
    ['slurm_load_partitions: Unable to contact slurm controller (connect failure)'],
    ['CEDAR:6001:Failed to connect to <some_ip_address:9618>'],
    [
      '[headnode.localdomain:23414] [[0,0],1]-[[0,0],0] mca_oob_tcp_peer_send_handler: invalid connection state (6) on socket 47',
    ],
    [
      'MPIDI_OFI_mpi_init_hook(1061): OFI addrinfo() failed (ofi_init.c:1061:MPIDI_OFI_mpi_init_hook:No data available)',
    ],
    ["TimeoutError: Server at http://node4:39969/user/user1/ didn't respond in 120 seconds"],
  ])('ignores %j', (text) => {
    expect(highIds(text)).toEqual([]);
  });
});

describe('detectErrors reads Lustre errors that are no socket as nothing', () => {
  it("ignores mount.lustre's ESHUTDOWN from the target's import", () => {
    expect(anyIds('mount.lustre failed: Cannot send after transport endpoint shutdown')).toEqual([]);
  });

  it('ignores ESHUTDOWN from a file operation on an evicted Lustre client', () => {
    const text =
      "mkdir: cannot create directory `/home1/01083': Cannot send after transport endpoint shutdown";
    expect(anyIds(text)).toEqual([]);
  });

  it("ignores lctl's ENETDOWN when LNet has no network configured", () => {
    const text = "Reader error: 'LNet stack down' at 0\nIOC_LIBCFS_GET_NI error 100: Network is down";
    expect(anyIds(text)).toEqual([]);
  });

  it('still reads ESHUTDOWN from a socket send at high confidence', () => {
    expect(highIds('OSError: [Errno 108] Cannot send after transport endpoint shutdown')).toEqual(['10058']);
  });

  it('still reads ENETDOWN from a connect at high confidence', () => {
    expect(highIds('dial tcp 10.0.0.2:988: connect: network is down')).toEqual(['10050']);
  });
});
