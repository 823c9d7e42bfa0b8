import { describe, expect, it } from 'vitest';
import { corpusPaste } from '../../helpers/corpus.js';
import { anyIds, highIds } from '../../helpers/detect.js';

/**
 * Node's own message form for a connect error (`connect ETIMEDOUT`, `AggregateError [ETIMEDOUT]`)
 * raised from a timer: Node 20's per-address attempt timer and ioredis's connect deadline. Nodemailer's
 * bare `code: 'ETIMEDOUT'` under the same timer frame stays its own deadline. Texts from corpus round
 * 219 and round 41 and from files found with find_string (ids in data/detection/runtime-phrases.json).
 */
describe("detectErrors reads Node's connect ETIMEDOUT under a timer frame", () => {
  it("reads ioredis's connect deadline down to listOnTimeout under nestjs-redis (c219-017)", () => {
    expect(highIds(corpusPaste('c219-017'))).toEqual(['10060']);
  });

  it("reads Node 20's happy-eyeballs AggregateError raised from its attempt timer", () => {
    const text = [
      'AggregateError [ETIMEDOUT]: ',
      '    at internalConnectMultiple (node:net:1134:18)',
      '    at internalConnectMultiple (node:net:1210:5)',
      '    at Timeout.internalConnectMultipleTimeout (node:net:1742:5)',
      '    at listOnTimeout (node:internal/timers:590:11)',
      '    at process.processTimers (node:internal/timers:523:7)',
    ].join('\n');
    expect(highIds(text)).toEqual(['10060']);
  });

  it("reads an attempt's own connect ETIMEDOUT inside fetch's cause", () => {
    const text = [
      '  [cause]: AggregateError [ETIMEDOUT]:',
      '      at Timeout.internalConnectMultipleTimeout (node:net:1712:5)',
      '      at listOnTimeout (node:internal/timers:583:11) {',
      "    code: 'ETIMEDOUT',",
      '    [errors]: [',
      '      Error: connect ETIMEDOUT 185.199.109.153:443',
      '          at createConnectionError (node:net:1648:14)',
      '          at Timeout.internalConnectMultipleTimeout (node:net:1707:38)',
      '          at listOnTimeout (node:internal/timers:583:11)',
    ].join('\n');
    expect(highIds(text)).toEqual(['10060']);
  });

  it("still ignores Nodemailer's greeting deadline with the old timer frame (c41-028)", () => {
    const text = corpusPaste('c41-028');
    expect(text).toContain('at Timer.listOnTimeout (timers.js:277:5)');
    expect(anyIds(text)).toEqual([]);
  });

  it("still ignores Nodemailer's connection timer (c179-026)", () => {
    expect(anyIds(corpusPaste('c179-026'))).toEqual([]);
  });

  it("still ignores Nodemailer's socket idle deadline, whose code alone stands under listOnTimeout", () => {
    const text = [
      'Error: Timeout',
      '    at SMTPConnection._formatError (/app/node_modules/nodemailer/lib/smtp-connection/index.js:790:19)',
      '    at SMTPConnection._onError (/app/node_modules/nodemailer/lib/smtp-connection/index.js:776:20)',
      '    at SMTPConnection._onTimeout (/app/node_modules/nodemailer/lib/smtp-connection/index.js:1800:14)',
      '    at listOnTimeout (node:internal/timers:559:17) {',
      "  code: 'ETIMEDOUT',",
      "  command: 'CONN'",
      '}',
    ].join('\n');
    expect(anyIds(text)).toEqual([]);
  });
});

/**
 * hyper prints an Io error as `connection error: ` and its cause; a cause made from the bare kind
 * shows Rust's own `connection reset` with no errno (as the body errors of round 115).
 */
describe("detectErrors leaves hyper's kind-only connection reset alone", () => {
  it('ignores it under Deno fetch on Netlify Edge (c219-053)', () => {
    expect(anyIds(corpusPaste('c219-053'))).toEqual([]);
  });

  it("ignores it after hyper-util's legacy client prefix", () => {
    const text =
      'error sending request for url (http://127.0.0.1:8080/health): client error (SendRequest): connection error: connection reset';
    expect(anyIds(text)).toEqual([]);
  });

  it("still reads the OS's reset in the same chain", () => {
    const text =
      'error sending request for url (http://127.0.0.1:18082/v1/metrics): client error (SendRequest): connection error: Connection reset by peer (os error 54)';
    expect(highIds(text)).toEqual(['10054']);
  });

  it("still reads an application's own summary of a reset without hyper's words", () => {
    expect(highIds('CRITICAL root.WebComs: Connection error: Connection reset')).toEqual(['10054']);
  });
});

/**
 * Managed cloud edges' texts from real pastes of corpus round 219, which the rules already read or
 * already left alone: pinned so that a later rule cannot lose them unseen.
 */
describe("detectErrors reads the socket errors behind managed cloud edges' messages", () => {
  it("reads nginx's ETIMEDOUT toward an Elastic Beanstalk load balancer (c219-001)", () => {
    expect(highIds(corpusPaste('c219-001'))).toEqual(['10060']);
  });

  it("reads Elastic Beanstalk's nginx bind EADDRINUSE under a hook's output (c219-005)", () => {
    expect(highIds(corpusPaste('c219-005'))).toEqual(['10048']);
  });

  it("reads the Cloud SQL proxy's dial timeout with Markdown-escaped asterisks in the address (c219-006)", () => {
    expect(highIds(corpusPaste('c219-006'))).toEqual(['10060']);
  });

  it("reads Go's lookup timeout with the host turned into a Markdown link (c219-008)", () => {
    expect(highIds(corpusPaste('c219-008'))).toEqual(['11002']);
  });

  it('reads a dial ETIMEDOUT with the port bolded inside it (c219-011)', () => {
    expect(highIds(corpusPaste('c219-011'))).toEqual(['10060']);
  });

  it("reads a CloudWatch line's flattened socket hang up with its code (c219-014)", () => {
    expect(highIds(corpusPaste('c219-014'))).toEqual(['10054']);
  });

  it("reads Windows' buffer-space text on an Azure Function's implicit bind (c219-022)", () => {
    expect(highIds(corpusPaste('c219-022'))).toEqual(['10055']);
  });

  it("reads WSAETIMEDOUT's text glued to StackExchange.Redis's SocketFailure (c219-023)", () => {
    expect(highIds(corpusPaste('c219-023'))).toEqual(['10060']);
  });

  it("reads redis-py's summarised 'Error 110. Connection timed out' title (c219-027)", () => {
    expect(highIds(corpusPaste('c219-027'))).toEqual(['10060']);
  });
});

describe("detectErrors leaves managed cloud edges' own deadlines and pages alone", () => {
  for (const [id, what] of [
    ['c219-028', "Elastic Beanstalk's nginx seeing the upstream close"],
    ['c219-030', "an ECS target group's 'Request timed out' reason"],
    ['c219-032', "Fargate's registry ping past Go's client deadline"],
    ['c219-035', "API Gateway's 'Endpoint request timed out'"],
    ['c219-037', "Envoy's 'connection termination' on Cloud Run"],
    ['c219-040', "Cloud Run's startup probe with DEADLINE_EXCEEDED"],
    ['c219-041', "StackExchange.Redis's 'Timeout performing PING'"],
    ['c219-043', "StackExchange.Redis's SocketClosed on Azure Cache"],
    ['c219-046', "Fastly's 'first byte timeout' page"],
    ['c219-049', "Akamai's 'DNS failure' page"],
    ['c219-052', "Vercel's Edge Function timeout page"],
    ['c219-055', 'connect ENOENT on the /cloudsql socket path'],
  ] as const) {
    it(`ignores ${what} (${id})`, () => {
      expect(anyIds(corpusPaste(id))).toEqual([]);
    });
  }
});
