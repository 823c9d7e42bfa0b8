import { describe, expect, it } from 'vitest';
import type { Confidence, Finding, FindingForm } from '../../../src/core/detect/finding.js';
import { detectErrors } from '../../helpers/detect.js';

/** The high-confidence ids, sorted: what an auto-reply would explain. */
function highIds(text: string): string[] {
  return detectErrors(text)
    .filter((f) => f.confidence === 'high')
    .map((f) => f.id)
    .sort();
}

function only(text: string): Finding {
  const findings = detectErrors(text);
  expect(findings, JSON.stringify(findings)).toHaveLength(1);
  return findings[0] as Finding;
}

type Row = [label: string, text: string, id: string, form: FindingForm];

const highForms: Row[] = [
  // Python
  [
    'Python WinError',
    '[WinError 10054] An existing connection was forcibly closed by the remote host',
    '10054',
    'code',
  ],
  ['Python Errno on Linux', 'ConnectionResetError: [Errno 104] Connection reset by peer', '10054', 'errno'],
  ['Python gaierror -2', 'socket.gaierror: [Errno -2] Name or service not known', '11001', 'errno'],
  [
    'Python gaierror -3',
    'socket.gaierror: [Errno -3] Temporary failure in name resolution',
    '11002',
    'errno',
  ],
  ['Python gaierror on Windows', 'socket.gaierror: [Errno 11001] getaddrinfo failed', '11001', 'code'],
  ['Python gaierror repr', "exception=gaierror(11001, 'getaddrinfo failed')>", '11001', 'code'],
  [
    'Python repr of an OSError',
    "ConnectionRefusedError(10061, 'No connection could be made', None, 10061, None)",
    '10061',
    'code',
  ],
  ['Python on macOS', 'ConnectionRefusedError: [Errno 61] Connection refused', '10061', 'errno'],
  ['Python Errno 98', 'OSError: [Errno 98] Address already in use', '10048', 'errno'],
  // .NET
  [
    '.NET SocketException',
    'System.Net.Sockets.SocketException (10061): No connection could be made because the target machine actively refused it.',
    '10061',
    'code',
  ],
  ['.NET on Linux', 'System.Net.Sockets.SocketException (111): Connection refused', '10061', 'errno'],
  [
    '.NET on Linux, 99',
    'System.Net.Sockets.SocketException (99): Cannot assign requested address',
    '10049',
    'errno',
  ],
  [
    '.NET Win32Exception',
    'System.ComponentModel.Win32Exception (10054): An existing connection was forcibly closed by the remote host.',
    '10054',
    'code',
  ],
  ['.NET member', 'SocketErrorCode: ConnectionRefused', '10061', 'symbol'],
  ['.NET SocketError alias', 'SocketError.ConnectionReset', '10054', 'symbol'],
  // Java
  ['Java reset', 'java.net.SocketException: Connection reset', '10054', 'message'],
  [
    'Java abort',
    'java.net.SocketException: Software caused connection abort: recv failed',
    '10053',
    'message',
  ],
  ['Java refused', 'java.net.ConnectException: Connection refused: connect', '10061', 'message'],
  ['Java unknown host', 'java.net.UnknownHostException: db.internal', '11001', 'symbol'],
  ['Java bind', 'java.net.BindException: Address already in use: bind', '10048', 'message'],
  [
    'Java no route',
    'java.net.NoRouteToHostException: No route to host (Host unreachable)',
    '10065',
    'symbol',
  ],
  ['Java connect timed out', 'java.net.SocketTimeoutException: connect timed out', '10060', 'message'],
  // Go
  [
    'Go connectex',
    'dial tcp 127.0.0.1:6443: connectex: No connection could be made because the target machine actively refused it.',
    '10061',
    'message',
  ],
  [
    'Go wsarecv',
    'read tcp 10.0.0.1:52425->52.228.84.81:443: wsarecv: An existing connection was forcibly closed by the remote host.',
    '10054',
    'message',
  ],
  ['Go no such host', 'dial tcp: lookup db on 10.0.0.10:53: no such host', '11001', 'message'],
  ['Go bind', 'listen tcp :8080: bind: address already in use', '10048', 'message'],
  ['Go refused', 'dial tcp 10.0.0.5:50051: connect: connection refused', '10061', 'message'],
  ['Go dial timeout', 'dial tcp 100.64.0.1:443: i/o timeout', '10060', 'message'],
  [
    'Go server misbehaving',
    'dial tcp: lookup mail.example.com on 192.168.0.20:53: server misbehaving',
    '11002',
    'message',
  ],
  [
    'Go broken pipe',
    'write tcp 192.168.5.27:63916->17.188.158.29:443: write: broken pipe',
    'EPIPE',
    'message',
  ],
  // Node
  ['Node read', 'Error: read ECONNRESET', '10054', 'symbol'],
  ['Node connect', 'Error: connect ECONNREFUSED 127.0.0.1:5432', '10061', 'symbol'],
  ['Node getaddrinfo', 'Error: getaddrinfo ENOTFOUND api.example.invalid', '11001', 'symbol'],
  ['Node errno on Windows', 'errno: -4077', '10054', 'libuv'],
  ['Node code property', "  code: 'ECONNRESET',", '10054', 'symbol'],
  ['Node hang up', 'Error: socket hang up', '10054', 'message'],
  ['Node EAI_AGAIN', 'getaddrinfo EAI_AGAIN registry.npmjs.org', '11002', 'symbol'],
  ['Node getaddrinfo ENOENT on Windows', 'Error: getaddrinfo ENOENT db.local', '11004', 'symbol'],
  // Rust
  [
    'Rust Windows',
    'An existing connection was forcibly closed by the remote host. (os error 10054)',
    '10054',
    'code',
  ],
  ['Rust Linux', 'Connection refused (os error 111)', '10061', 'errno'],
  [
    'Rust Debug',
    'Os { code: 111, kind: ConnectionRefused, message: "Connection refused" }',
    '10061',
    'errno',
  ],
  ['Rust Too many open files', 'Too many open files (os error 24)', '10024', 'errno'],
  // Ruby, Erlang, Elixir
  [
    'Ruby',
    'Errno::ECONNREFUSED: Connection refused - connect(2) for "localhost" port 1337',
    '10061',
    'symbol',
  ],
  ['Erlang atom', '{error,econnrefused}', '10061', 'symbol'],
  ['Elixir atom', '{:error, %HTTPoison.Error{id: nil, reason: :econnrefused}}', '10061', 'symbol'],
  ['Elixir nxdomain', '{:error, :nxdomain}', '11001', 'symbol'],
  // servers, clients, databases
  ['nginx', 'connect() failed (111: Connection refused) while connecting to upstream', '10061', 'errno'],
  ['curl errno', 'curl: (56) OpenSSL SSL_read: Connection was reset, errno 10054', '10054', 'code'],
  ['MySQL on Windows', "Can't connect to MySQL server on 'db' (10061)", '10061', 'code'],
  ['libpq on Windows', 'could not connect to server: Connection refused (0x0000274D/10061)', '10061', 'code'],
  [
    'redis-py',
    'ConnectionError: Error 111 connecting to localhost:6379. Connection refused.',
    '10061',
    'errno',
  ],
  ['Delphi Indy', 'Socket Error # 10053\nSoftware caused connection abort.', '10053', 'code'],
  ['generic error number', 'After a communication attempt an error 10061:', '10061', 'code'],
  ['WSAGetLastError', 'WSAGetLastError() = 10054', '10054', 'code'],
  [
    'curl on Windows, reset',
    'error: RPC failed; curl 56 Recv failure: Connection was reset',
    '10054',
    'message',
  ],
  [
    'curl on Windows, timeout',
    'Failed to connect to github.com port 443 after 21090 ms: Timed out',
    '10060',
    'message',
  ],
  // Chromium (Chrome, Electron, Puppeteer, Playwright)
  ['Chromium refused', 'page.goto: net::ERR_CONNECTION_REFUSED at http://localhost:3000/', '10061', 'symbol'],
  ['Chromium DNS', 'net::ERR_NAME_NOT_RESOLVED', '11001', 'symbol'],
  // HRESULTs and symbols
  ['HRESULT', 'HRESULT: 0x80072746', '10054', 'hresult'],
  ['HRESULT decimal', 'HResult=-2147014842', '10054', 'hresult'],
  ['WSA symbol', 'recv failed with WSAECONNRESET', '10054', 'symbol'],
  ['ETIMEDOUT', 'isConnected failed: ETIMEDOUT (Connection timed out)', '10060', 'symbol'],
  // Windows messages in Chinese
  ['zh-CN 10054', '远程主机强迫关闭了一个现有的连接。', '10054', 'message'],
  ['zh-CN 10061', '由于目标计算机积极拒绝，无法连接。', '10061', 'message'],
  [
    'zh-CN 10060',
    '由于连接方在一段时间后没有正确答复或连接的主机没有反应，连接尝试失败。',
    '10060',
    'message',
  ],
  ['zh-CN 10048', '通常每个套接字地址(协议/网络地址/端口)只允许使用一次。', '10048', 'message'],
  ['zh-CN 10049', '在其上下文中，该请求的地址无效。', '10049', 'message'],
  ['zh-CN 10051', '向一个无法连接的网络尝试了一个套接字操作。', '10051', 'message'],
  ['zh-CN 10053', '你的主机中的软件中止了一个已建立的连接。', '10053', 'message'],
  ['zh-CN 10065', '套接字操作尝试一个无法连接的主机。', '10065', 'message'],
  ['zh-CN 11001', '不知道这样的主机。', '11001', 'message'],
  ['zh-CN 11004', '请求的名称有效，但是找不到请求的类型的数据。', '11004', 'message'],
  ['zh-CN 10013', '以一种访问权限不允许的方式做了一个访问套接字的尝试。', '10013', 'message'],
  ['zh-TW 10054', '遠端主機已強制關閉一個現存的連線。', '10054', 'message'],
  ['zh-TW 10061', '無法連線，因為目標電腦拒絕連線。', '10061', 'message'],
  [
    'zh-TW 10060',
    '連線嘗試失敗，因為連線對象有一段時間並未正確回應，或是連線建立失敗，因為連線的主機無法回應。',
    '10060',
    'message',
  ],
  ['zh-TW 10048', '一次只能用一個通訊端位址 (通訊協定/網路位址/連接埠)。', '10048', 'message'],
  ['zh-TW 10049', '內容中所要求的位址不正確。', '10049', 'message'],
  ['zh-TW 10051', '通訊端操作嘗試連線到一個無法連線的網路。', '10051', 'message'],
  ['zh-TW 10053', '連線已被您主機上的軟體中止。', '10053', 'message'],
  ['zh-TW 10065', '通訊端操作無法連線到主機。', '10065', 'message'],
  ['zh-TW 10013', '嘗試存取通訊端被拒絕，因為存取權限不足。', '10013', 'message'],
];

describe('detectErrors finds the forms real runtimes print', () => {
  it.each(highForms)('reads %s with high confidence', (_label, text, id, form) => {
    const finding = detectErrors(text).find((f) => f.id === id);
    expect(finding, JSON.stringify(detectErrors(text))).toMatchObject({ id, form, confidence: 'high' });
    expect(highIds(text)).toEqual([id]);
  });

  it('reads the English Windows message texts exactly, with or without the final period', () => {
    const texts = [
      'No connection could be made because the target machine actively refused it.',
      'No connection could be made because the target machine actively refused it',
      'No connection could be made because the target machine actively refused it.\r\n',
      'No connection could be made because the target machine\r\n actively refused it.',
    ];
    for (const text of texts)
      expect(only(text)).toMatchObject({ id: '10061', form: 'message', confidence: 'high' });
    expect(only('No such host is known.').match).toBe('No such host is known.');
    expect(only('No such host is known').match).toBe('No such host is known');
  });

  it('reads a Chinese message after the Python prefix and without its final 。', () => {
    expect(highIds('ConnectionResetError: [WinError 10054] 远程主机强迫关闭了一个现有的连接')).toEqual([
      '10054',
    ]);
    expect(only('由于目标计算机积极拒绝，无法连接').id).toBe('10061');
  });
});

describe('detectErrors reads numbers in their platform space', () => {
  it('reads a small errno by the message next to it', () => {
    expect(only('[Errno 104] Connection reset by peer')).toMatchObject({ id: '10054', confidence: 'high' });
    expect(only('[Errno 54] Connection reset by peer')).toMatchObject({ id: '10054', confidence: 'high' });
    expect(only('(os error 61)\nConnection refused').id).toBe('10061');
  });

  it('keeps a small errno without a message at medium or low', () => {
    expect(only('[Errno 104]')).toMatchObject({ id: '10054', confidence: 'medium' });
    expect(only('errno 104').confidence).toBe('medium');
    // 61 is ECONNREFUSED on macOS but ENODATA on Linux: ambiguous without a message.
    expect(only('errno 60').confidence).not.toBe('high');
  });

  it('lets a Linux or macOS hint choose the reading of an ambiguous number', () => {
    // 40 is ELOOP on Linux (a file-system error) and EMSGSIZE on macOS.
    expect(only('errno 40')).toMatchObject({ id: '10062', confidence: 'low' });
    expect(only('File /Users/me/app.py\nerrno 40')).toMatchObject({ id: '10040', confidence: 'medium' });
  });

  it('reads libuv numbers: Windows values, getaddrinfo values and -errno on Unix', () => {
    expect(only('errno: -4078').id).toBe('10061');
    expect(only('errno: -3008').id).toBe('11001');
    expect(only('errno: -3001').id).toBe('11002');
    expect(only("errno: -104, code: 'ECONNRESET'").id).toBe('10054');
    expect(detectErrors('errno: -4094')).toEqual([]);
  });

  it('reads five-digit Winsock numbers only with context', () => {
    for (const text of [
      '[WinError 10054]',
      'Socket Error # 10054',
      'SocketException (10054)',
      'errno 10054',
      'error 10054',
      '(os error 10054)',
    ])
      expect(highIds(text), text).toEqual(['10054']);
    for (const text of [
      '10054',
      'port 10054',
      'PR #10061',
      'build 10060 finished in 10054 ms',
      '10054.jpeg',
      'localhost:10061',
    ])
      expect(detectErrors(text), text).toEqual([]);
  });
});

const negatives: [string, string][] = [
  ['an HTTP status', 'HTTP/1.1 502 Bad Gateway\nnginx/1.6.2 (Ubuntu)'],
  ['curl exit codes', 'curl: (7) exit code 7, curl 56, curl: (28)'],
  ['MySQL client codes', 'ERROR 2002 (HY000) and ERROR 2003 (HY000), [2002] [2003]'],
  ['a SQLSTATE', 'SQLSTATE[08006] and SQLSTATE[HY000]'],
  ['gRPC codes', 'rpc error: code = Unavailable desc = transport is closing; StatusCode.UNAVAILABLE (14)'],
  ['a generic HRESULT', 'Exception from HRESULT: 0x80004005 (E_FAIL); HResult=-2147467259'],
  [
    'ports, PIDs, line numbers and byte counts',
    'pid 10054 listening on :10061, line 10060 of 11001, read 10054 bytes, error: 10054 bytes',
  ],
  ['an issue number', 'see #10054 and issue 10061'],
  ['a file name', 'https://cdn.example.com/picture/10054.jpeg'],
  ['ENOENT on a file', "Error: ENOENT: no such file or directory, open '/app/config.json'"],
  ['EACCES on a file', "Error: EACCES: permission denied, open '/etc/shadow'"],
  [
    'npm EACCES',
    "npm ERR! code EACCES\nnpm ERR! syscall mkdir\nnpm ERR! path /usr/local/lib/node_modules/x\nnpm ERR! errno -13\nnpm ERR! Error: EACCES: permission denied, mkdir '/usr/local/lib/node_modules/x'",
  ],
  ['EPERM on a file', "Error: EPERM: operation not permitted, rename 'a' -> 'b'"],
  ['EMFILE from fs.watch', "Error: EMFILE: too many open files, watch '/app/src'"],
  ['a shell broken pipe', 'cat big.log | head\ncat: write error: Broken pipe'],
  ['a Python file error', "PermissionError: [Errno 13] Permission denied: '/var/log/app.log'"],
  [
    'WinError 32',
    'PermissionError: [WinError 32] The process cannot access the file because it is being used by another process',
  ],
  [
    'an application deadline',
    'Get "http://127.0.0.1:51000/dry_run": context deadline exceeded (Client.Timeout exceeded while awaiting headers)',
  ],
  [
    'a read deadline',
    'read tcp 10.0.0.1:5->10.0.0.2:443: i/o timeout; java.net.SocketTimeoutException: Read timed out',
  ],
  [
    'an OpenSSL verify code',
    'X509VerifyResult { code: 20, error: "unable to get local issuer certificate" }',
  ],
  ['plain prose', 'We deployed the new connection pool yesterday; the error rate dropped to 0.1%.'],
];

describe('detectErrors stays quiet on what is not a socket error', () => {
  it.each(negatives)('finds nothing high in %s', (_label, text) => {
    expect(highIds(text), JSON.stringify(detectErrors(text))).toEqual([]);
  });

  it('keeps file-system symbols out of the findings when they are about a file', () => {
    expect(detectErrors("Error: EACCES: permission denied, mkdir '/x'")).toEqual([]);
    expect(detectErrors("Error: ENOENT: no such file or directory, open '/x'")).toEqual([]);
  });

  it('keeps mostly-file-system symbols low without socket context, high with it', () => {
    expect(only('EINVAL').confidence).toBe('low');
    expect(only('setsockopt(SO_RCVBUF): EINVAL').confidence).toBe('high');
    expect(only('Error: listen EACCES: permission denied 0.0.0.0:80')).toMatchObject({
      id: '10013',
      confidence: 'high',
    });
    expect(only('Error: send EPIPE')).toMatchObject({ id: 'EPIPE', confidence: 'high' });
    expect(only('Error: write EPIPE').confidence).toBe('low');
    expect(only('BrokenPipeError: [Errno 32] Broken pipe').confidence).toBe('low');
    expect(only('s.send(data)\nBrokenPipeError: [Errno 32] Broken pipe')).toMatchObject({
      id: 'EPIPE',
      confidence: 'high',
    });
  });

  it('is less sure of a message in lower case inside a sentence', () => {
    expect(only('we keep getting connection refused from the database').confidence).toBe('medium');
    expect(only('upstream said: connection refused').confidence).toBe('high');
  });

  it('keeps generic Win32 errors low', () => {
    expect(only('HRESULT 0x80070057').confidence).toBe('low');
    expect(only('WSA_INVALID_PARAMETER').confidence).toBe('high');
  });
});

describe('detectErrors merges forms and counts occurrences', () => {
  it('reports one error in several forms once, showing the strongest form', () => {
    const text =
      "Error: read ECONNRESET\n    at TCP.onStreamRead (node:internal/stream_base_commons:217:20) {\n  errno: -4077,\n  code: 'ECONNRESET',\n  syscall: 'read'\n}";
    expect(detectErrors(text)).toEqual([
      { id: '10054', match: 'ECONNRESET', index: 12, form: 'symbol', confidence: 'high', count: 1 },
    ]);
  });

  it('counts a form and the message next to it as one occurrence', () => {
    const [finding] = detectErrors(
      '[WinError 10054] An existing connection was forcibly closed by the remote host',
    );
    expect(finding).toMatchObject({ match: '[WinError 10054]', form: 'code', count: 1 });
  });

  it('counts a line pasted five times five times', () => {
    const text = 'An error occurred: [Errno 104] Connection reset by peer\n'.repeat(5);
    expect(detectErrors(text)).toEqual([
      { id: '10054', match: '[Errno 104]', index: 19, form: 'errno', confidence: 'high', count: 5 },
    ]);
  });

  it('counts a message repeated in parentheses on one line once', () => {
    expect(only('java.net.ConnectException: Connection refused (Connection refused)').count).toBe(1);
  });

  it('returns several errors sorted by where they first appear', () => {
    const text =
      'connectex: No connection could be made because the target machine actively refused it.\nError: getaddrinfo ENOTFOUND db\n';
    const findings = detectErrors(text);
    expect(findings.map((f) => f.id)).toEqual(['10061', '11001']);
    expect(findings[0]?.index).toBeLessThan(findings[1]?.index as number);
  });

  it('gives spans that lie inside the input', () => {
    const text = 'xx ConnectionResetError: [WinError 10054] 远程主机强迫关闭了一个现有的连接 yy';
    for (const f of detectErrors(text)) expect(text.slice(f.index, f.index + f.match.length)).toBe(f.match);
  });

  it('returns nothing for empty text', () => {
    expect(detectErrors('')).toEqual([]);
  });
});

describe('confidence ordering', () => {
  it('never reports a confidence outside the three levels', () => {
    const levels: Confidence[] = ['high', 'medium', 'low'];
    for (const [, text] of highForms)
      for (const f of detectErrors(text)) expect(levels).toContain(f.confidence);
  });
});
