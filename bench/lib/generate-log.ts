import { closeSync, openSync, writeSync } from 'node:fs';

/**
 * A generated log that reads like a real service's: timestamps, levels, HTTP access lines, JSON
 * lines, Java/Python/Node traces, ports and build numbers that look like error codes, and a socket
 * error in one of its many printed forms on about one line in a hundred. Deterministic: the same
 * seed and size give the same text, so every run and every change benches the same input.
 */

/** A small deterministic PRNG (mulberry32), so every run benches the same text. */
function createRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

let random = createRandom(42);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
const int = (max: number) => Math.floor(random() * max);

/** Socket errors in many forms, about one line in a hundred. */
const ERRORS = [
  'ConnectionResetError: [WinError 10054] An existing connection was forcibly closed by the remote host',
  'ConnectionResetError: [Errno 104] Connection reset by peer',
  'Error: connect ECONNREFUSED 127.0.0.1:5432',
  "Error: read ECONNRESET\n    at TCP.onStreamRead (node:internal/stream_base_commons:217:20) {\n  errno: -104,\n  code: 'ECONNRESET',\n  syscall: 'read'\n}",
  'dial tcp 10.0.3.7:443: i/o timeout',
  'dial tcp: lookup payments.internal on 10.0.0.10:53: no such host',
  'java.net.SocketException: Connection reset\n\tat java.net.SocketInputStream.read(SocketInputStream.java:210)',
  'System.Net.Sockets.SocketException (10061): No connection could be made because the target machine actively refused it.',
  'socket.gaierror: [Errno -3] Temporary failure in name resolution',
  'connect() failed (111: Connection refused) while connecting to upstream',
  'Too many open files (os error 24)',
  'fatal: unable to access: OpenSSL SSL_read: Connection was reset, errno 10054',
];

const LEVELS = ['INFO', 'INFO', 'INFO', 'DEBUG', 'WARN', 'ERROR'];
const NOISE: (() => string)[] = [
  () =>
    `GET /api/v1/users/${int(100000)} HTTP/1.1 ${pick([200, 200, 201, 304, 404, 500, 503])} ${int(900)}ms`,
  () => `worker pid=${int(60000)} listening on port ${pick([8080, 10054, 10061, 5432, 6379])}`,
  () =>
    `{"ts":${1700000000000 + int(1e9)},"level":"info","msg":"job done","job_id":${int(1e6)},"bytes":${int(1e7)}}`,
  () => `build ${int(20000)} finished in ${int(100000)} ms (PR #${int(12000)})`,
  () => `\tat com.example.service.OrderService.process(OrderService.java:${int(900)})`,
  () => `  File "/srv/app/handlers.py", line ${int(900)}, in handle_request`,
  () => `cache miss for key user:${int(1e6)}:profile, fetched ${int(5000)} bytes`,
  () => `retrying request id=${int(1e9).toString(16)} attempt ${int(5)} of 5 after error`,
  () =>
    `SQLSTATE[${pick(['23000', '42S02', 'HY000'])}]: query failed, code ${pick([1062, 1146, 2002, 2003])}`,
  () => `upload ${int(100000)}.jpeg stored at /var/data/${int(100000)}/${int(100000)}.jpeg`,
  () => `gRPC status UNAVAILABLE (14) from inventory:${int(65536)}; curl: (7) exit code 7`,
];

/** A multi-line trace: Java, Python or Node, ending in a socket error or an ordinary bug. */
function trace(): string {
  const socket = random() < 0.3;
  const kind = int(3);
  const frames = 6 + int(12);
  if (kind === 0) {
    const head = socket
      ? pick(ERRORS.filter((e) => e.startsWith('java')))
      : 'java.lang.NullPointerException: Cannot invoke "String.length()" because "name" is null';
    const lines = [head.split('\n')[0] as string];
    for (let i = 0; i < frames; i++)
      lines.push(
        `\tat com.example.${pick(['api', 'db', 'core'])}.${pick(['OrderService', 'UserRepository', 'HttpClient'])}.${pick(['process', 'find', 'send'])}(${pick(['OrderService', 'UserRepository', 'HttpClient'])}.java:${int(900)})`,
      );
    if (random() < 0.3) lines.push('Caused by: java.io.IOException: Stream closed', `\t... ${int(40)} more`);
    return lines.join('\n');
  }
  if (kind === 1) {
    const lines = ['Traceback (most recent call last):'];
    for (let i = 0; i < frames / 2; i++)
      lines.push(
        `  File "/srv/app/${pick(['views', 'client', 'models'])}.py", line ${int(900)}, in ${pick(['handle', 'fetch', 'save'])}`,
        `    ${pick(['return self.session.get(url)', 'row = cursor.fetchone()', 'data = json.loads(body)'])}`,
      );
    lines.push(socket ? pick(ERRORS.filter((e) => /Error: \[|gaierror/.test(e))) : "KeyError: 'user_id'");
    return lines.join('\n');
  }
  const lines = [
    socket
      ? 'Error: connect ECONNREFUSED 10.0.0.12:6379'
      : "TypeError: Cannot read properties of undefined (reading 'id')",
  ];
  for (let i = 0; i < frames; i++)
    lines.push(
      `    at ${pick(['Object.handler', 'processTicksAndRejections', 'Router.handle'])} (${pick(['/app/dist/server.js', 'node:internal/process/task_queues', '/app/node_modules/express/lib/router/index.js'])}:${int(900)}:${int(60)})`,
    );
  return lines.join('\n');
}

/** One log line (possibly a multi-line trace). */
function logLine(): string {
  const stamp = `2025-03-${String(1 + int(28)).padStart(2, '0')}T${String(int(24)).padStart(2, '0')}:${String(int(60)).padStart(2, '0')}:${String(int(60)).padStart(2, '0')}.${int(1000)}Z`;
  const roll = random();
  const body = roll < 0.01 ? pick(ERRORS) : roll < 0.04 ? trace() : pick(NOISE)();
  return `${stamp} ${pick(LEVELS)} [${pick(['api', 'worker', 'db', 'gateway'])}] ${body}`;
}

/** About `bytes` characters of log (ASCII, so also bytes), as one string. */
export function generateLog(bytes: number, seed = 42): string {
  random = createRandom(seed);
  const lines: string[] = [];
  let size = 0;
  while (size < bytes) {
    const line = logLine();
    lines.push(line);
    size += line.length + 1;
  }
  return lines.join('\n');
}

/** Writes about `bytes` of log to `path` in chunks, so a 50 MB file never sits in memory whole. */
export function writeLog(path: string, bytes: number, seed = 42): number {
  random = createRandom(seed);
  const fd = openSync(path, 'w');
  let size = 0;
  try {
    while (size < bytes) {
      const lines: string[] = [];
      for (let chunk = 0; chunk < 1 << 20 && size < bytes; ) {
        const line = `${logLine()}\n`;
        lines.push(line);
        chunk += line.length;
        size += line.length;
      }
      writeSync(fd, lines.join(''));
    }
  } finally {
    closeSync(fd);
  }
  return size;
}
