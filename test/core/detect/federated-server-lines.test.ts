import { describe, expect, it } from 'vitest';
import { anyIds, highIds } from '../../helpers/detect.js';

/**
 * Federated social servers' logs (corpus round 134): Mastodon's Sidekiq jobs, Misskey's deliver
 * queue, Synapse's federation sender. got prints its retry policy's list of error codes inside every
 * options dump, Synapse logs Twisted's exceptions by their repr, and Mastodon's own resolver says
 * 'no address for <host>' under http.rb's 'failed to connect: '.
 */
const GOT_LIST = [
  'Oct 26 12:47:53 ns3109441 "matrix.rocks"[746463]:         errorCodes: [',
  'Oct 26 12:47:53 ns3109441 "matrix.rocks"[746463]:           \'ETIMEDOUT\',',
  'Oct 26 12:47:53 ns3109441 "matrix.rocks"[746463]:           \'ECONNRESET\',',
  'Oct 26 12:47:53 ns3109441 "matrix.rocks"[746463]:           \'EADDRINUSE\',',
  'Oct 26 12:47:53 ns3109441 "matrix.rocks"[746463]:           \'ECONNREFUSED\',',
  'Oct 26 12:47:53 ns3109441 "matrix.rocks"[746463]:           \'EPIPE\',',
  'Oct 26 12:47:53 ns3109441 "matrix.rocks"[746463]:           \'ENOTFOUND\',',
].join('\n');

describe("got's retry list of error codes is no error", () => {
  it('leaves the list one code a line under journald prefixes (c134-037)', () => {
    expect(anyIds(GOT_LIST)).toEqual([]);
  });

  it('leaves the list printed inline', () => {
    const text =
      "    errorCodes: [ 'ETIMEDOUT', 'ECONNRESET', 'EADDRINUSE', 'ECONNREFUSED', 'EPIPE', 'ENOTFOUND', 'ENETUNREACH', 'EAI_AGAIN' ],";
    expect(anyIds(text)).toEqual([]);
  });

  it("still reads the error's own code printed above the options, as got's dumps print it", () => {
    const options = [
      'Oct 26 12:47:53 ns3109441 "matrix.rocks"[746463]:       retry: {',
      'Oct 26 12:47:53 ns3109441 "matrix.rocks"[746463]:         limit: 0,',
      "Oct 26 12:47:53 ns3109441 \"matrix.rocks\"[746463]:         methods: [ 'GET', 'PUT', 'HEAD', 'DELETE', 'OPTIONS', 'TRACE' ],",
      'Oct 26 12:47:53 ns3109441 "matrix.rocks"[746463]:         statusCodes: [',
      'Oct 26 12:47:53 ns3109441 "matrix.rocks"[746463]:           408, 413, 429, 500,',
      'Oct 26 12:47:53 ns3109441 "matrix.rocks"[746463]:           502, 503, 504, 521,',
      'Oct 26 12:47:53 ns3109441 "matrix.rocks"[746463]:           522, 524',
      'Oct 26 12:47:53 ns3109441 "matrix.rocks"[746463]:         ],',
    ];
    const text = [
      'FetchError: request to http://lemmy:8536/api/v3/site? failed, reason: connect ECONNREFUSED 172.18.0.5:8536',
      "lemmy-ui_1  |   code: 'ECONNREFUSED'",
      ...options,
      GOT_LIST,
    ].join('\n');
    expect(highIds(text)).toEqual(['10061']);
  });

  it('still reads a code property with no list near (c134-002)', () => {
    expect(highIds("lemmy-ui_1  |   errno: 'ECONNREFUSED',\nlemmy-ui_1  |   code: 'ECONNREFUSED'")).toEqual([
      '10061',
    ]);
  });
});

describe("Twisted's DNSLookupError read in its repr", () => {
  it("reads Synapse's 'Request failed: … DNSLookupError('no results for hostname lookup: …',)' (c134-013)", () => {
    const text =
      "2019-06-07 09:22:09,771 - synapse.http.matrixfederationclient - 385 - WARNING - federation_transaction_transmission_loop-14751434 - {PUT-O-6732506} [matrix.breaker.rocks] Request failed: PUT matrix://matrix.breaker.rocks/_matrix/federation/v1/send/1555034947964/: DNSLookupError('no results for hostname lookup: matrix.breaker.rocks',)";
    expect(highIds(text)).toEqual(['11001']);
  });

  it("still reads its str form after 'DNS lookup failed' (c134-014)", () => {
    expect(
      highIds(
        '(Failed to send request: DNSLookupError: DNS lookup failed: no results for hostname lookup: *******.)); backoff now 86400000',
      ),
    ).toEqual(['11001']);
  });

  it('leaves the words alone without the class or its message', () => {
    expect(anyIds('no results for hostname lookup in the cache, asking upstream')).toEqual([]);
  });
});

describe("Ruby's 'no address for <host>' under a resolver class or http.rb", () => {
  it("reads Mastodon's HTTP::ConnectionError 'failed to connect: No address for …' (c134-007)", () => {
    const text =
      '"error_message":"failed to connect: No address for feddit.de on https://feddit.de/activities/like/ef50f6be-bd41-4ea3-a733-2dea8434a616","error_class":"HTTP::ConnectionError"';
    expect(highIds(text)).toEqual(['11001']);
  });

  it("reads Resolv's own ResolvError", () => {
    expect(highIds('Resolv::ResolvError: no address for mastodon.example.invalid')).toEqual(['11001']);
  });

  it("leaves an application's 'No address for' wording", () => {
    expect(anyIds('No address for Cafe Central, skipping...')).toEqual([]);
  });
});

describe("the round's negatives stay unread", () => {
  it("leaves http.rb's own read deadline (c134-024)", () => {
    expect(
      anyIds(
        'HTTP::TimeoutError: Delivery failed for https://mastodon.social/users/Gargron/inbox: Read timed out after 10 seconds on https://mastodon.social/users/Gargron/inbox',
      ),
    ).toEqual([]);
  });

  it("leaves reqwest's own 'operation timed out' on a Linux server (c134-026)", () => {
    expect(
      anyIds(
        'lemmy_1     | 2023-10-18T03:26:25.116648Z  WARN lemmy_server::root_span_builder: Request error: error sending request for url (https://twingyeo.kr/users/duku_sl): operation timed out',
      ),
    ).toEqual([]);
  });
});
