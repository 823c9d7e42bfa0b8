/**
 * `npm run bench`: detection throughput on a generated multi-megabyte log, against the floor any
 * regex-based detector pays: one pass of a single plain alternation of every catalog symbol.
 */

import { createDetector } from '../src/core/detect/create-detector.js';
import { loadDetectionRules, loadFacts } from '../src/infra/data/index.js';

const TARGET_BYTES = 8 * 1024 * 1024;
const WARMUP_RUNS = 2;
const RUNS = 9;

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

const random = createRandom(42);
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

function generateLog(bytes: number): string {
  const lines: string[] = [];
  let size = 0;
  while (size < bytes) {
    const stamp = `2025-03-${String(1 + int(28)).padStart(2, '0')}T${String(int(24)).padStart(2, '0')}:${String(int(60)).padStart(2, '0')}:${String(int(60)).padStart(2, '0')}.${int(1000)}Z`;
    const roll = random();
    const body = roll < 0.01 ? pick(ERRORS) : roll < 0.04 ? trace() : pick(NOISE)();
    const line = `${stamp} ${pick(LEVELS)} [${pick(['api', 'worker', 'db', 'gateway'])}] ${body}`;
    lines.push(line);
    size += line.length + 1;
  }
  return lines.join('\n');
}

const median = (values: number[]) =>
  [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)] as number;

/**
 * Times two jobs in alternation, so both see the same machine load (the host may be shared), and
 * returns the median time of each and the median of the per-round ratios.
 */
function timePair(a: () => unknown, b: () => unknown): { aMs: number; bMs: number; ratio: number } {
  for (let i = 0; i < WARMUP_RUNS; i++) {
    a();
    b();
  }
  const aTimes: number[] = [];
  const bTimes: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    let t0 = performance.now();
    a();
    aTimes.push(performance.now() - t0);
    t0 = performance.now();
    b();
    bTimes.push(performance.now() - t0);
  }
  const ratios = aTimes.map((t, i) => t / (bTimes[i] as number));
  return { aMs: median(aTimes), bMs: median(bTimes), ratio: median(ratios) };
}

const facts = loadFacts();
const buildStart = performance.now();
const detect = createDetector(facts, loadDetectionRules());
const buildMs = performance.now() - buildStart;
const log = generateLog(TARGET_BYTES);
const megabytes = log.length / (1024 * 1024);

const symbols = [...new Set(facts.flatMap((f) => [f.name, ...f.aliases]))].sort(
  (a, b) => b.length - a.length,
);
const floor = new RegExp(symbols.map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
let floorMatches = 0;
let findings = detect(log);
const timing = timePair(
  () => {
    floorMatches = 0;
    floor.lastIndex = 0;
    while (floor.exec(log) !== null) floorMatches++;
  },
  () => {
    findings = detect(log);
  },
);
const floorMs = timing.aMs;
const detectMs = timing.bMs;

const rate = (ms: number) => megabytes / (ms / 1000);
console.log(
  `log: ${megabytes.toFixed(1)} MB, ${log.split('\n').length} lines (detector built in ${buildMs.toFixed(0)} ms)`,
);
console.log(
  `floor  (one alternation regex of ${symbols.length} symbols): ${rate(floorMs).toFixed(1)} MB/s, ${floorMatches} matches`,
);
console.log(
  `detect (all forms, merged findings):       ${rate(detectMs).toFixed(1)} MB/s, ${findings.length} findings`,
);
console.log(
  `ratio detect/floor: ${timing.ratio.toFixed(2)} (median of ${RUNS} interleaved rounds; goal ≥ 0.5)`,
);
for (const f of findings)
  console.log(
    `  ${f.id.padEnd(6)} ×${String(f.count).padEnd(5)} ${f.confidence.padEnd(6)} ${f.form.padEnd(7)} ${JSON.stringify(f.match)}`,
  );
