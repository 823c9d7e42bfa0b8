import { describe, expect, it } from 'vitest';
import { anyIds, highIds } from '../../helpers/detect.js';

/**
 * Peer-to-peer tools and cryptocurrency miners (corpus round 136): IPFS and libp2p, BitTorrent clients,
 * aria2, Syncthing's relays, XMRig and other miners, Nostr relays. XMRig prints libuv's text in quotes
 * after `connect error:`; `"operation canceled"` there is its own connect deadline closing the handle
 * (UV_ECANCELED), while the same quotes around a real errno stay read.
 */
describe("XMRig's own connect deadline is left", () => {
  it('leaves connect error: "operation canceled" (c136-034)', () => {
    const text = [
      '[2023-07-12 18:25:45.694]  net      172.0.0.1:3333 172.0.0.1 connect error: "operation canceled"',
      '[2023-07-12 18:26:10.727]  net      172.0.0.1:3333 172.0.0.1 connect error: "operation canceled"',
    ].join('\n');
    expect(anyIds(text)).toEqual([]);
  });

  it("still reads libuv's real errors in the same quotes (c136-005, c136-010)", () => {
    expect(
      highIds('[2018-10-21 08:54:34] [xmr-eu1.nanopool.org] connect error: "connection refused"'),
    ).toEqual(['10061']);
    expect(
      highIds(
        '[2021-08-30 00:03:17.264]  net      rx.unmineable.com:3333 read error: "connection reset by peer"',
      ),
    ).toEqual(['10054']);
  });

  it('still reads a canceled operation outside that wording when it has socket words', () => {
    expect(anyIds('connect ECANCELED 10.0.0.1:3333')).toEqual(['ECANCELED']);
  });
});

describe("the peer-to-peer tools' socket errors are read", () => {
  it("reads go-libp2p's and rust-libp2p's refused dials (c136-001, c136-003)", () => {
    expect(
      highIds(
        'Error: connect QmQaYRZbWMziMfpjZiNwK1dtnSngxrJGJ2RR62csp9g5qb failure: dial attempt failed: <peer.ID Yazkcu> --> <peer.ID QaYRZb> dial attempt failed: connection refused',
      ),
    ).toEqual(['10061']);
    expect(
      highIds(
        'Other(Custom { kind: Other, error: A(A(B(Transport(Os { code: 111, kind: ConnectionRefused, message: "Connection refused" })))) }))]).',
      ),
    ).toEqual(['10061']);
  });

  it("reads aria2's Winsock causes and Transmission's bind errors (c136-012, c136-013, c136-015)", () => {
    expect(
      highIds(
        '  -> [AbstractCommand.cc:313] errorCode=1 Network problem has occurred. cause:Unknown socket error 10051 (0x2743)',
      ),
    ).toEqual(['10051']);
    expect(
      highIds(
        'Exception: [AbstractCommand.cc:312] errorCode=1 Network problem has occurred. cause:A socket operation was attempted to an unreachable network.',
      ),
    ).toEqual(['10051']);
    expect(
      highIds(
        "[2021-12-10 09:00:24.230] Couldn't bind port 51413 on 0.0.0.0: Address already in use (Is another copy of Transmission already running?) (net.c:380)",
      ),
    ).toEqual(['10048']);
  });
});

describe("the tools' own words, share rejections and HTTP statuses are left", () => {
  it('leaves libp2p dial backoff and an empty DHT table (c136-026, c136-027)', () => {
    expect(anyIds("Display an error： 'Error: dial backoff'.")).toEqual([]);
    expect(anyIds('\t* failed to query for self, err=failed to find any peer in table')).toEqual([]);
  });

  it('leaves share rejections and a pool that stopped answering (c136-032, c136-037)', () => {
    expect(
      anyIds('[2021-12-12 08:02:11.413]  cpu      rejected (2372/6) diff 39322 "Invalid job id" (47 ms)'),
    ).toEqual([]);
    expect(
      anyIds('Lost connection to stratum server eu1.ethermine.org:4444 or server not reachable.'),
    ).toEqual([]);
  });

  it("leaves a tracker's HTTP 403 and Transmission's own tracker failure (c136-043, c136-041)", () => {
    expect(
      anyIds(
        'http trackers return "Tracker HTTP response 403 (Forbidden)" for both announce and scrape errors.',
      ),
    ).toEqual([]);
    expect(
      anyIds(
        "Tracker 'tracker.trackerfix.com:80' scrape error: Could not connect to tracker (Retrying in 20 seconds) (announcer.cc:1254)",
      ),
    ).toEqual([]);
  });
});
