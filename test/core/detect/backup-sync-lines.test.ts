import { describe, expect, it } from 'vitest';
import { anyIds, highIds } from '../../helpers/detect.js';

/** Backup, sync and file-sharing tools' lines, from real pastes of corpus round 113. */
describe("detectErrors reads Mono's text for WSAEADDRNOTAVAIL", () => {
  it('reads it after SocketException in Duplicati on Mono (c113-011)', () => {
    const text =
      '---> (Inner Exception #1) System.AggregateException: One or more errors occurred. (The requested address is not valid in this context) ---> System.Net.Sockets.SocketException: The requested address is not valid in this context\n  at System.Net.Sockets.SocketAsyncResult.CheckIfThrowDelayedException () [0x00014] in <91935ad653254a93b9d73a9f8f2f7a2d>:0 \n  at System.Net.Sockets.Socket.EndConnect (System.IAsyncResult asyncResult) [0x0002c] in <91935ad653254a93b9d73a9f8f2f7a2d>:0 ';
    expect(highIds(text)).toEqual(['10049']);
  });

  it("reads it inside Mono's WebException 'ConnectFailure (…)'", () => {
    expect(highIds('Error: ConnectFailure (The requested address is not valid in this context)')).toEqual([
      '10049',
    ]);
  });

  it('keeps the sentence alone below auto-reply', () => {
    const text = 'The requested address is not valid in this context';
    expect(highIds(text)).toEqual([]);
    expect(anyIds(text)).toEqual(['10049']);
  });

  it("still reads Windows' own wording, 'in its context'", () => {
    expect(
      highIds(
        'System.Net.Sockets.SocketException (10049): The requested address is not valid in its context.',
      ),
    ).toEqual(['10049']);
  });
});

describe("detectErrors does not take rsync's 'connection unexpectedly closed' as socket context", () => {
  it("leaves a file's EACCES above it alone (c113-038)", () => {
    const text =
      'Exit code: 12\nOutput: rsync: [sender] Failed to exec /data/data/com.app/.ssh/id_rsa: Permission denied (13)\nrsync error: error in IPC code (code 14) at pipe.c(85) [sender=3.3.0]\nrsync: connection unexpectedly closed (0 bytes received so far) [sender]\nrsync error: error in rsync protocol data stream (code 12) at io.c(231) [sender=3.3.0]';
    expect(highIds(text)).toEqual([]);
  });

  it('reads nothing in it after an ssh authentication failure (c113-034)', () => {
    const text =
      '## Deploying via rsync to USER@XXX.XXX.XXX.XXX:/home/XXXXXXX/www/XXXXXXXX.com port=22\nUSER@XXX.XXX.XXX.XXX: Permission denied (publickey).\nrsync: connection unexpectedly closed (0 bytes received so far) [sender]\nrsync error: error in rsync protocol data stream (code 12) at /BuildRoot/Library/Caches/com.apple.xbs/Sources/rsync/rsync-52/rsync/io.c(453) [sender=2.6.9]';
    expect(anyIds(text)).toEqual([]);
  });

  it("still reads rsync's own failed connect to a daemon, on Linux and on macOS (c113-003, c113-004)", () => {
    expect(
      highIds(
        'rsync: failed to connect to rpki.dfw.rg.net (198.180.152.4): Connection refused (111)\nrsync error: error in socket IO (code 10) at clientserver.c(128) [Receiver=3.1.0]',
      ),
    ).toEqual(['10061']);
    expect(
      highIds(
        'rsync: failed to connect to localhost: Connection refused (61)\nrsync error: error in socket IO (code 10) at /BuildRoot/Library/Caches/com.apple.xbs/Sources/rsync/rsync-47/rsync/clientserver.c(105) [receiver=2.6.9]',
      ),
    ).toEqual(['10061']);
  });

  it('reads both addresses rsync tried (c113-005)', () => {
    const text =
      'rsync: failed to connect to mirrors.ustc.edu.cn (202.141.160.110): Connection refused (111)\nrsync: failed to connect to mirrors.ustc.edu.cn (2001:da8:d800:95::110): Network is unreachable (101)\nrsync error: error in socket IO (code 10) at clientserver.c(128) [Receiver=3.1.3]';
    expect(highIds(text)).toEqual(['10051', '10061']);
  });
});

describe("detectErrors does not take 'Connection closed by remote host' as socket context", () => {
  it("leaves the remote borg's file EACCES above it alone (c113-029)", () => {
    const text =
      'Remote:   File "posixpath.py", line 383, in abspath\nRemote: PermissionError: [Errno 13] Permission denied\nConnection closed by remote host. Is borg working on the server?';
    expect(highIds(text)).toEqual([]);
  });

  it("reads nothing in OpenSSH's and borg's end of file (c113-028)", () => {
    const text =
      '[smith@host2] $ borg list host1:/data/borgbackups/smith::2016-12-05@02:00:01\nRemote: ssh_exchange_identification: Connection closed by remote host\nConnection closed by remote host. Is borg working on the server?';
    expect(anyIds(text)).toEqual([]);
  });

  it("still reads ssh's broken pipe before it (c113-021)", () => {
    const text =
      'Remote: packet_write_wait: Connection to 192.168.1.20 port 22: Broken pipe\nException ignored in: <bound method RemoteRepository.__del__ of <RemoteRepository ssh://backup@backup.localnet/backup1/mordor>>\nConnection closed by remote host';
    expect(highIds(text)).toEqual(['EPIPE']);
  });

  it('still reads a PermissionError from a bind as the socket EACCES', () => {
    expect(highIds('sock.bind(("0.0.0.0", 80))\nPermissionError: [Errno 13] Permission denied')).toEqual([
      '10013',
    ]);
  });
});

describe('detectErrors reads the round’s other backup and sync forms as before', () => {
  it("reads Syncthing's relay dial on Windows with an unreachable host (c113-008)", () => {
    const text =
      '[YKB52] 03:04:56 INFO: Could not connect to relay relay://91.121.160.153:22067/?id=OJMRM7O&pingInterval=1m0s&networkTimeout=2m0s&sessionLimitBps=0&globalLimitBps=0&statusAddr=:22070&providedBy=KS: dial tcp 91.121.160.153:22067: connectex: A socket operation was attempted to an unreachable host.';
    expect(highIds(text)).toEqual(['10065']);
  });

  it("reads Bacula's resolver failure and not its protocol codes (c113-018)", () => {
    const text =
      'bacula-dir JobId 3: Fatal error: Bad response to Storage command: wanted 2000 OK storage\n, got 2902 Bad storage\nubuntuclient-fd JobId 3: Fatal error: job.c:2720 Failed to connect to Storage daemon: bacula-sd:9103\nubuntuclient-fd JobId 3: Error: bsockcore.c:341 gethostbyname() for host "bacula-sd" failed: ERR=Temporary failure in name resolution';
    expect(highIds(text)).toEqual(['11002']);
  });

  it("leaves rclone's and Syncthing's own deadlines alone (c113-026, c113-040)", () => {
    expect(
      anyIds(
        'cmd/lsf/testfiles/subdir/file2 file copy hang with logs   `net/http: timeout awaiting response headers`',
      ),
    ).toEqual([]);
    expect(
      anyIds(
        '**global@https://discovery-v4.syncthing.net/v2/: Post "https://discovery-v4.syncthing.net/v2/": context deadline exceeded (Client.Timeout exceeded while awaiting headers)**',
      ),
    ).toEqual([]);
  });
});
