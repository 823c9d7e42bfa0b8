import { describe, expect, it } from 'vitest';
import { readPeers } from '../../../../src/core/reply/paste/peers.js';
import { testCore } from '../../../helpers/core.js';
import { corpusPaste } from '../../../helpers/corpus.js';

// The names a failed look-up asked for, as real pastes print them (lookup-patterns.ts); most of the
// forms are pinned in peer-patterns.test.ts beside the peers they mix with.
describe('LOOKUP_PATTERNS on the forms of real pastes', () => {
  it("reads the name BusyBox could not resolve, in wget's, nc's and nslookup's words (c97-030, c3-098)", () => {
    // BusyBox is the userland of Alpine and busybox pods: libbb's `bad address`, nslookup's `can't resolve`.
    expect(readPeers("wget: bad address 'mu-db.mynamespace.svc.cluster.local'").hosts).toEqual([
      'mu-db.mynamespace.svc.cluster.local',
    ]);
    expect(readPeers("nslookup: can't resolve 'nginx'").hosts).toEqual(['nginx']);
    // Its nslookup's `(null)` is no name (c3-095).
    expect(readPeers("nslookup: can't resolve '(null)': Name does not resolve").hosts).toEqual([]);
  });

  it("reads the name iputils' ping could not resolve, and no word other programs print there (c221-024)", () => {
    expect(readPeers('ping: repo.we.com: Name or service not known').hosts).toEqual(['repo.we.com']);
    expect(readPeers('ping: www.google.com: Temporary failure in name resolution').hosts).toEqual([
      'www.google.com',
    ]);
    expect(readPeers('ping6: db: No address associated with hostname').hosts).toEqual(['db']);
    // Other programs put a word there that is no host (c135-002, c213-017).
    expect(readPeers('irc: error: No address associated with hostname').hosts).toEqual([]);
    expect(readPeers('SocketError: getaddrinfo: Name or service not known').hosts).toEqual([]);
    expect(readPeers('typing: foo: Name or service not known').hosts).toEqual([]);
  });

  it('names the host in the look-up’s checks (c237-039: ping in a pod; c97-030: BusyBox wget)', () => {
    const { core } = testCore();
    expect(JSON.stringify(core.scan(corpusPaste('c237-039'), 'en').reply)).toContain('`dig www.google.com`');
    expect(JSON.stringify(core.scan(corpusPaste('c97-030'), 'en').reply)).toContain(
      '`getent hosts mu-db.mynamespace.svc.cluster.local`',
    );
  });
});
