import { describe, expect, it } from 'vitest';
import { anyIds, highIds } from '../../helpers/detect.js';

/**
 * Real pastes of corpus round 81 (ML and distributed compute): PyTorch's c10d store and Gloo pairs,
 * NCCL's socket layer, Dask, py4j and Ray print socket errors in their own frames, and print their
 * own deadlines in OS words.
 */
describe('detectErrors reads socket errors in distributed training and compute lines', () => {
  it.each([
    [
      '[W506 00:43:56.240378877 TCPStore.cpp:125] [c10d] recvValue failed on SocketImpl(fd=3, addr=[x1001c2s1b0n0.hostmgmt2001.cm.jf.intel.com]:47466, remote=[x1001c2s1b0n0.hostmgmt2001.cm.jf.intel.com]:29500): Connection reset by peer',
      ['10054'],
    ],
    [
      'RuntimeError: The server socket has failed to listen on any local network address. The server socket has failed to bind to [::]:29500 (errno: 98 - Address already in use). The server socket has failed to bind to 0.0.0.0:29500 (errno: 98 - Address already in use).',
      ['10048'],
    ],
    [
      '[W socket.cpp:401] [c10d] The server socket cannot be initialized on [::]:29501 (errno: 97 - Address family not supported by protocol).',
      ['10047'],
    ],
    [
      'RuntimeError: [/opt/conda/conda-bld/pytorch_1682343967769/work/third_party/gloo/gloo/transport/tcp/pair.cc:799] connect [172.31.71.170]:13195: Connection refused',
      ['10061'],
    ],
    ['worker:101542:101934 [0] NCCL INFO Call to connect returned Connection timed out, retrying', ['10060']],
    [
      'distributed.comm.core.CommClosedError: in <distributed.comm.tcp.TCPConnector object at 0x13f0ae230>: ConnectionRefusedError: [Errno 61] Connection refused',
      ['10061'],
    ],
  ])('reads %j', (text, ids) => {
    expect(highIds(text)).toEqual(ids);
  });
});

describe("detectErrors reads NCCL's socketPollConnect by its SO_ERROR, not the stale errno beside it", () => {
  // NCCL prints `ret` (getsockopt's SO_ERROR) and then errno, left over from the non-blocking
  // connect(): EINPROGRESS there is no error of its own.
  it('reads No route to host and not Operation now in progress', () => {
    const text =
      'node5:240:240 [6] misc/socket.cc:533 NCCL WARN socketPollConnect: Connect to 10.0.0.4<56849> returned 113(No route to host) errno 115(Operation now in progress)';
    expect(anyIds(text)).toEqual(['10065']);
    expect(highIds(text)).toEqual(['10065']);
  });
});

describe('detectErrors gives no reply to distributed frameworks’ own deadlines and closes', () => {
  it.each([
    'UserWarning: Ray Client connection timed out. Ensure that the Ray Client port on the head node is reachable from your local machine.',
    '  "Ray Client connection timed out. Ensure that "',
    'torch.distributed.DistNetworkError: The client socket has timed out after 600000ms while trying to connect to (172.17.0.9, 46229).',
    'RuntimeError: [../third_party/gloo/gloo/transport/tcp/pair.cc:534] Connection closed by peer [127.0.0.1]:10895',
    '[0] misc/socket.cc:71 NCCL WARN socketProgress: Connection closed by remote peer 10.10.1.3<36138>',
    'TimeoutError: Timed out after 60 seconds while waiting for node to startup. Did not find socket name tcp://127.0.0.1:65429 in the list of object store socket names.',
  ])('finds nothing in %j', (text) => {
    expect(anyIds(text)).toEqual([]);
  });
});
