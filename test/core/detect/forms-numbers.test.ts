import { describe, expect, it } from 'vitest';
import { detectErrors, highIds } from '../../helpers/detect.js';

/** Number forms, each from a real paste (the public-code index id or corpus row in the label). */
const numberForms: [string, string, string][] = [
  [
    'Boost system category on Windows (dev own-a-149)',
    'asio async_read_at_least error: system:10058 ()',
    '10058',
  ],
  [
    'Boost asio.system on Linux (id 21117080046)',
    '[info] asio async_connect error: asio.system:111 (Connection refused)',
    '10061',
  ],
  [
    'std::system_error (id 5854544511)',
    'Seastar read failed: std::system_error (error system:104, read: Connection reset by peer)',
    '10054',
  ],
  ['std::generic_category (id 68925768393)', 'System call failed [generic:111]: Connection refused', '10061'],
  [
    'Boost netdb (id 47582811231)',
    'Error when resolving host[metrics.marathon.mesos]. err=asio.netdb:1',
    '11001',
  ],
  [
    'Go %#v of an errno (id 166121557)',
    'Dial error: &os.SyscallError{Syscall:"connectex", Err:0x274d}',
    '10061',
  ],
  [
    'hex after "error code" (id 59762111768)',
    '[Microsoft][ODBC Driver 18 for SQL Server]TCP Provider: Error code 0x2746 (SQLDriverConnect)',
    '10054',
  ],
  ['nginx errno after a failed bind (id 60961762057)', 'nginx: [emerg] bind() failed (98)', '10048'],
  ['errno after a failed call and a full stop (issue 9)', 'bind() failed. (98)', '10048'],
  [
    'Envoy (id 20539462184)',
    'upstream connect error or disconnect/reset before headers. reset reason: connection failure, transport failure reason: delayed connect error: 111',
    '10061',
  ],
  ['Python h_errno (id 3958148659)', 'socket.herror: [Errno 1] Unknown host', '11001'],
  [
    "Apple's POSIX domain in Darwin numbering (SocketRocket #391)",
    'Websocket Failed With Error Error Domain=NSPOSIXErrorDomain Code=61 "Connection refused"',
    '10061',
  ],
  [
    'Apple CFStream error in the POSIX domain, code first (corpus c5-059)',
    'UserInfo={_NSURLErrorNWPathKey=satisfied (Path is satisfied), viable, interface: lo0, _kCFStreamErrorCodeKey=61, _kCFStreamErrorDomainKey=1}}',
    '10061',
  ],
  [
    'Apple CFStream error in the POSIX domain, domain first (corpus c5-056)',
    'NSUnderlyingError=0x15592940 {Error Domain=kCFErrorDomainCFNetwork Code=-1004 "(null)" UserInfo={_kCFStreamErrorDomainKey=1, _kCFStreamErrorCodeKey=61}}}',
    '10061',
  ],
  [
    'Apple CFStream error and its POSIX domain apart in one dictionary (corpus c5-060)',
    'Failed to log in: Error Domain=NSURLErrorDomain Code=-1004 "Could not connect to the server." UserInfo=0x170d30e0 {NSErrorFailingURLStringKey=http://xxx.xxx.xxx.xxx:4567/swap, _kCFStreamErrorCodeKey=61, NSErrorFailingURLKey=http://xxx.xxx.xxx.xxx:4567/swap, NSLocalizedDescription=Could not connect to the server., _kCFStreamErrorDomainKey=1, NSUnderlyingError=0x17334090',
    '10061',
  ],
  [
    'asyncio connect errno (id 59077962237)',
    "redis.exceptions.ConnectionError: Error Multiple exceptions: [Errno 111] Connect call failed ('127.0.0.1', 6379)",
    '10061',
  ],
  [
    'PHP sockets (id 56754853652)',
    'Warning: socket_connect(): unable to connect [111]: Connection refused',
    '10061',
  ],
  [
    'redis-py resolver error (id 15481641977)',
    'redis.exceptions.ConnectionError: Error -2 connecting to redis:6379. Name or service not known.',
    '11001',
  ],
  [
    'MySQL unknown host on Windows (id 62344359277)',
    "2005 (HY000): Unknown MySQL server host 'db' (11001)",
    '11001',
  ],
  [
    'MySQL on macOS, a socket errno in connect (dev own-a-115)',
    "Can't connect to MySQL server on '127.0.0.1' (61)",
    '10061',
  ],
];

describe('number forms', () => {
  it.each(numberForms)('reads %s', (_label, text, id) => {
    expect(highIds(text), JSON.stringify(detectErrors(text))).toEqual([id]);
  });

  it('reads a Go syscall.Errno in hex, medium without a message (a POSIX number)', () => {
    // docker-machine debug output (id 1044181849)
    const text = 'Err: &os.SyscallError{Syscall: "getsockopt", Err: syscall.Errno(0x6f)}';
    expect(detectErrors(text)).toMatchObject([
      { id: '10061', confidence: 'medium', match: 'syscall.Errno(0x6f)' },
    ]);
  });

  it('reads a category:value only as a word of its own, and Go hex only after Err:0x', () => {
    expect(detectErrors('*-generic:111 UNCLAIMED').filter((f) => f.confidence === 'high')).toEqual([]);
    expect(detectErrors('proxy: http://generic:1111')).toEqual([]);
    expect(detectErrors('Err:1 http://archive.ubuntu.com/ubuntu focal InRelease')).toEqual([]);
  });

  it("reads Apple's CFStream error code only next to the POSIX domain", () => {
    // Domain 12 (NetDB) numbers resolver errors, 4 (HTTP) CFNetwork's own: not Darwin errnos.
    expect(detectErrors('UserInfo={_kCFStreamErrorCodeKey=8, _kCFStreamErrorDomainKey=12}')).toEqual([]);
    expect(detectErrors('UserInfo={_kCFStreamErrorCodeKey=-2102, _kCFStreamErrorDomainKey=4}')).toEqual([]);
    expect(detectErrors('UserInfo={_kCFStreamErrorDomainKey=12, _kCFStreamErrorCodeKey=8}')).toEqual([]);
    // The POSIX domain of another dictionary (after a nested one) says nothing about this code.
    const nested =
      'UserInfo={_kCFStreamErrorCodeKey=8, NSUnderlyingError=0x1 {Error Domain=kCFErrorDomainCFNetwork Code=-1003 "(null)" UserInfo={_kCFStreamErrorCodeKey=8, _kCFStreamErrorDomainKey=12}}, _kCFStreamErrorDomainKey=1, NSLocalizedDescription=x}';
    expect(detectErrors(nested)).toEqual([]);
  });

  it("does not read the OpenSSL code in a Python ssl exception's repr as an errno (corpus c5-117)", () => {
    const pip =
      "WARNING: Retrying (Retry(total=0, connect=None, read=None, redirect=None, status=None)) after connection broken by 'SSLError(SSLCertVerificationError(1, '[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: unable to get local issuer certificate (_ssl.c:1076)'))'";
    expect(detectErrors(pip)).toEqual([]);
    expect(
      detectErrors("connection broken by 'SSLError(1, '[SSL: WRONG_VERSION_NUMBER] wrong version number')"),
    ).toEqual([]);
    expect(highIds("connection broken by 'ConnectionResetError(104, 'Connection reset by peer')'")).toEqual([
      '10054',
    ]);
  });

  it('counts an errno after a failed call only when the call is a socket call', () => {
    expect(detectErrors('open() failed (13)')).toEqual([]);
    expect(highIds('connect() failed (111)')).toEqual(['10061']);
  });

  it('reads hex after "error code" only in the Winsock range', () => {
    expect(detectErrors('error code 0x80004005')).toEqual([]);
  });
});
