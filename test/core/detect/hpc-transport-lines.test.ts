import { describe, expect, it } from 'vitest';
import { anyIds, highIds } from '../../helpers/detect.js';

/** Lines from HPC schedulers, MPI launchers and distributed-training transports, from real pastes of corpus round 209. */
describe("detectErrors reads c10d's getnameinfo failure as the resolver's EAI value", () => {
  it("reads err=-3 after c10d's client-socket warning as a temporary resolver failure (c209-013)", () => {
    const text = [
      '[rank2]: RuntimeError: [/pytorch/third_party/gloo/gloo/transport/tcp/unbound_buffer.cc:81] Timed out waiting 1800000ms for recv operation to complete',
      '[W503 01:52:07.597517393 socket.cpp:204] [c10d] The hostname of the client socket cannot be retrieved. err=-3',
    ].join('\n');
    expect(highIds(text)).toEqual(['11002']);
  });

  it('reads err=-2 after the same warning as a name that does not resolve', () => {
    expect(highIds('[c10d] The hostname of the client socket cannot be retrieved. err=-2')).toEqual([
      '11001',
    ]);
  });

  it('reads no error from a bare err=-3 without the warning', () => {
    expect(anyIds('worker exited, err=-3')).toEqual([]);
  });
});

describe("detectErrors reads Hydra's socket helpers' EBADF as the socket's", () => {
  it("reads HYDU_sock_write's 'Bad file descriptor' despite the 'write error' file word (c209-014)", () => {
    const text = [
      '[mpiexec@c15-1] HYDU_sock_write (../../utils/sock/sock.c:418): write error (Bad file descriptor)',
      '[mpiexec@c15-1] HYD_pmcd_pmiserv_send_signal (../../pm/pmiserv/pmiserv_cb.c:252): unable to write data to proxy',
    ].join('\n');
    expect(highIds(text)).toEqual(['10009']);
  });

  it("reads newer Hydra's HYD_sock_read the same way", () => {
    expect(
      highIds('[proxy:0@n1] HYD_sock_read (lib/utils/sock.c:121): read error (Bad file descriptor)'),
    ).toEqual(['10009']);
  });

  it("reads no socket error from a plain 'write error (Bad file descriptor)'", () => {
    expect(highIds('tee: write error (Bad file descriptor)')).toEqual([]);
  });

  it("reads nothing from Hydra's execvp of a missing proxy binary (c209-032)", () => {
    const text =
      '[mpiexec@lenzcs35] HYDU_create_process (./utils/launch/launch.c:69): execvp error on file /remote/bin/.libs/hydra_pmi_proxy (No such file or directory)';
    expect(anyIds(text)).toEqual([]);
  });
});

describe("detectErrors reads UCX's gtest watchdog as the harness's deadline", () => {
  it("reads no timeout from 'Connection timed out - abort testing' (c209-023)", () => {
    const text = [
      '22:06:03 [     INFO ] connection request failed on listener 0x29586220 with status Destination is unreachable',
      '22:07:03 [     SKIP ] (cannot connect to server)',
      '22:22:03 Failed',
      '22:22:03 Connection timed out - abort testing',
      '22:22:03 [juno003:42138:0:42138] Caught signal 6 (Aborted: tkill(2) or tgkill(2))',
    ].join('\n');
    expect(anyIds(text)).toEqual([]);
  });

  it("still reads UCX's own connect() refusal in the same harness (c209-005)", () => {
    const text =
      '[2020-07-19T18:49:31.304Z] [     INFO ] < connect(fd=16, dest_addr=10.209.44.35:48547) failed: Connection refused >';
    expect(highIds(text)).toEqual(['10061']);
  });

  it('still reads a bare connect timeout outside the watchdog line', () => {
    expect(highIds('connect() to 10.0.0.2:1024 failed: Connection timed out (110)')).toEqual(['10060']);
  });
});

describe("detectErrors keeps the schedulers' and launchers' own words unread", () => {
  it("reads nothing from Slurm's 'connect failure' (c209-016)", () => {
    expect(anyIds('slurm_load_partitions: Unable to contact slurm controller (connect failure)')).toEqual([]);
  });

  it("reads nothing from Slurm's socket message timeout (c209-033)", () => {
    expect(
      anyIds('sbatch: error: Batch job submission failed: Socket timed out on send/recv operation'),
    ).toEqual([]);
  });

  it("reads nothing from c10d's own connect deadline (c209-022)", () => {
    const text =
      'torch.distributed.DistNetworkError: The client socket has timed out after 10000ms while trying to connect to (localhost, 44557).';
    expect(anyIds(text)).toEqual([]);
  });

  it("reads nothing from gloo's 'no error' full-mesh failure (c209-038)", () => {
    const text =
      '[rank4]:[E421 02:05:38.764490322 ProcessGroupGloo.cpp:143] Gloo connectFullMesh failed with [../third_party/gloo/gloo/transport/tcp/pair.cc:144] no error';
    expect(anyIds(text)).toEqual([]);
  });

  it("reads Torque's errno=111 and NCCL's connection abort as the OS's (c209-009, c209-011)", () => {
    expect(highIds('qstat: cannot connect to server mskcc-fe1.local (errno=111) Connection refused')).toEqual(
      ['10061'],
    );
    const nccl =
      'misc/socket.cc:483 NCCL WARN socketStartConnect: Connect to xxx failed : Software caused connection abort';
    expect(highIds(nccl)).toEqual(['10053']);
  });
});
