import { describe, expect, it } from 'vitest';
import { testCore } from '../../helpers/core.js';
import { corpusPaste } from '../../helpers/corpus.js';

const { core } = testCore();

describe('a cause claimed only where the paste orders the two errors in time', () => {
  it('claims no link between two errors of one record (c29-058)', () => {
    // `dial tcp 127.0.0.1:16443: connect: connection refused - error from a previous attempt: read
    // tcp …->127.0.0.1:16443: read: connection reset by peer`: the reset came first, though printed after.
    const paste = corpusPaste('c29-058');
    const reply = core.scan(paste, 'en').reply;
    expect(reply?.kind).toBe('triage');
    expect(reply?.fallback).not.toMatch(/follows from/);
    const log = core.scanLog('en');
    log.push(paste);
    expect(log.end().reply).toEqual(reply);
  });

  it('still links a refusal to a later reset on the same peer in a record of its own', () => {
    const paste = 'Error: connect ECONNREFUSED 127.0.0.1:16443\nError: read ECONNRESET 127.0.0.1:16443';
    expect(core.scan(paste, 'en').reply?.fallback).toContain(
      'probably follows from 1: same peer 127.0.0.1:16443',
    );
  });

  it("links a refusal to a later hang-up of the same Docker service whose name holds '_' (c122-022)", () => {
    // `request to https://my_backend_container:3001/… failed, reason: connect ECONNREFUSED 172.18.0.4:3001`,
    // then after a refresh `request to http://my_backend_container:3001/… failed, reason: socket hang up`.
    const paste = corpusPaste('c122-022');
    expect(core.scan(paste, 'en').reply?.fallback).toContain(
      'probably follows from 1: same peer my_backend_container:3001',
    );
    expect(core.scan(paste, 'zh-TW').reply?.fallback).toContain(
      '可能接續第 1 項：同一遠端 my_backend_container:3001',
    );
    const log = core.scanLog('en');
    log.push(paste);
    expect(log.end().reply).toEqual(core.scan(paste, 'en').reply);
  });

  it("claims no link when the paste's own timestamps put the cause after the effect (a newest-first log)", () => {
    // Kibana, Event Viewer and `journalctl -r` list the newest record first: the refusal printed
    // above the reset happened five minutes after it, so it cannot have caused it.
    const paste = [
      '2024-01-02 10:05:00.120 ERROR connect ECONNREFUSED 10.0.0.5:5432',
      '2024-01-02 10:00:00.004 ERROR read ECONNRESET 10.0.0.5:5432',
    ].join('\n');
    const reply = core.scan(paste, 'en').reply;
    expect(reply?.kind).toBe('triage');
    expect(reply?.fallback).not.toMatch(/follows from/);
    const log = core.scanLog('en');
    log.push(paste);
    expect(log.end().reply).toEqual(reply);
  });

  it('claims no link when syslog times put a failed look-up after the timeouts', () => {
    const paste = [
      'Jan  2 10:05:00 app1 node[311]: Error: getaddrinfo ENOTFOUND db.internal',
      'Jan  2 09:58:00 app1 node[311]: Error: connect ETIMEDOUT db.internal:5432',
    ].join('\n');
    expect(core.scan(paste, 'en').reply?.fallback).not.toMatch(/follows from/);
  });

  it('claims no link when the dates put the cause on a later day', () => {
    const paste = [
      '2024-01-03 09:00:00 ERROR connect ECONNREFUSED 10.0.0.5:5432',
      '2024-01-02 23:00:00 ERROR read ECONNRESET 10.0.0.5:5432',
    ].join('\n');
    expect(core.scan(paste, 'en').reply?.fallback).not.toMatch(/follows from/);
  });

  it("still links a refusal to a reset in the same second or later, by the paste's timestamps", () => {
    const paste = [
      '2024-01-02 10:00:00.900 ERROR connect ECONNREFUSED 10.0.0.5:5432',
      '2024-01-02 10:00:00.100 WARN retrying',
      '2024-01-02 10:00:00.950 ERROR read ECONNRESET 10.0.0.5:5432',
      '2024-01-02 10:00:07.000 ERROR read ECONNRESET 10.0.0.5:5432',
    ].join('\n');
    expect(core.scan(paste, 'en').reply?.fallback).toContain(
      'probably follows from 1: same peer 10.0.0.5:5432',
    );
  });

  it('claims no link when the fractions of a second put the cause after the effect (a newest-first log)', () => {
    // Kibana lists a burst newest first, to the millisecond: the reset came 50 ms before the refusal.
    const paste = [
      '2024-01-02T10:00:00.100Z ERROR connect ECONNREFUSED 10.0.0.5:5432',
      '2024-01-02T10:00:00.050Z ERROR read ECONNRESET 10.0.0.5:5432',
    ].join('\n');
    const reply = core.scan(paste, 'en').reply;
    expect(reply?.kind).toBe('triage');
    expect(reply?.fallback).not.toMatch(/follows from/);
    const log = core.scanLog('en');
    log.push(paste);
    expect(log.end().reply).toEqual(reply);
  });

  it("claims no peer made of one refusal's host and another's port", () => {
    // Refused on the primary's 5432 and the replica's pooler 6432; the reset comes from the
    // replica's 5432, which no refusal named: no "same peer 10.0.0.6:5432".
    const paste = [
      'Error: connect ECONNREFUSED 10.0.0.5:5432',
      'Error: connect ECONNREFUSED 10.0.0.6:6432',
      'Error: read ECONNRESET 10.0.0.6:5432',
    ].join('\n');
    const reply = core.scan(paste, 'en').reply;
    expect(reply?.fallback).not.toMatch(/follows from/);
    const log = core.scanLog('en');
    log.push(paste);
    expect(log.end().reply).toEqual(reply);
    const same =
      'Error: connect ECONNREFUSED 10.0.0.5:5432\nError: connect ECONNREFUSED 10.0.0.6:6432\nError: read ECONNRESET 10.0.0.6:6432';
    expect(core.scan(same, 'en').reply?.fallback).toContain(
      'probably follows from 1: same peer 10.0.0.6:6432',
    );
  });

  it('claims no link from a refusal of that peer the paste shows only after the reset', () => {
    // The refusal printed first was of 10.0.0.1; 10.0.0.2 refused only after it had reset: nothing
    // the paste shows has the reset follow a refusal of its peer.
    const paste = [
      '10:00:00 Error: connect ECONNREFUSED 10.0.0.1:80',
      '10:00:01 Error: read ECONNRESET 10.0.0.2:80',
      '10:00:02 Error: connect ECONNREFUSED 10.0.0.2:80',
    ].join('\n');
    const reply = core.scan(paste, 'en').reply;
    expect(reply?.kind).toBe('triage');
    expect(reply?.fallback).not.toMatch(/follows from/);
    const log = core.scanLog('en');
    log.push(paste);
    expect(log.end().reply).toEqual(reply);
  });

  it('claims no link from a failed look-up of that host the paste shows only after the timeout', () => {
    const paste = [
      '10:00:00 Error: getaddrinfo ENOTFOUND a.internal',
      '10:00:01 Error: connect ETIMEDOUT b.internal:443',
      '10:00:02 Error: getaddrinfo ENOTFOUND b.internal',
    ].join('\n');
    const reply = core.scan(paste, 'en').reply;
    expect(reply?.fallback).not.toMatch(/follows from/);
    const log = core.scanLog('en');
    log.push(paste);
    expect(log.end().reply).toEqual(reply);
  });

  it('still links a refusal to a later reset when another refusal came between them', () => {
    const paste = [
      '10:00:00 Error: connect ECONNREFUSED 10.0.0.2:80',
      '10:00:01 Error: connect ECONNREFUSED 10.0.0.1:80',
      '10:00:02 Error: read ECONNRESET 10.0.0.2:80',
    ].join('\n');
    expect(core.scan(paste, 'en').reply?.fallback).toContain(
      'probably follows from 1: same peer 10.0.0.2:80',
    );
  });
});

describe('a cause claimed only on a link the paste shows', () => {
  it('claims no link on a shared port alone when the failed look-up and the timeout name different hosts (c73-042)', () => {
    // A printer name that does not resolve, then a printer at 10.48.224.47 that does not answer,
    // both on JetDirect's 9100: two printers, and nothing ties the look-up to that address.
    const paste = corpusPaste('c73-042');
    const reply = core.scan(paste, 'en').reply;
    expect(reply?.kind).toBe('triage');
    expect(reply?.fallback).not.toMatch(/follows from/);
    expect(core.scan(paste, 'zh-TW').reply?.fallback).not.toMatch(/接續/);
    const log = core.scanLog('en');
    log.push(paste);
    expect(log.end().reply).toEqual(reply);
  });

  it('claims no link on port 443 alone between a look-up of one name and a timeout to another address', () => {
    const paste = 'Error: getaddrinfo ENOTFOUND api.example.com:443\nError: connect ETIMEDOUT 52.1.2.3:443';
    expect(core.scan(paste, 'en').reply?.fallback).not.toMatch(/follows from/);
  });

  it('still links a failed look-up to a timeout that names the same host', () => {
    const paste = [
      'Error: getaddrinfo EAI_AGAIN db.internal',
      'io.netty.channel.ConnectTimeoutException: connection timed out: db.internal/10.0.0.7:5432',
    ].join('\n');
    expect(core.scan(paste, 'en').reply?.fallback).toContain(
      'probably follows from 1: same host db.internal',
    );
  });

  it("claims no link on nginx's `host:` field, the site a client asked for, not a peer", () => {
    // One vhost's requests: api.internal did not resolve, then the upstream 10.0.0.7:8080 timed
    // out. Both lines end `host: "example.com"` (the request's Host header): no same host.
    const request = 'client: 10.0.0.1, server: _, request: "GET / HTTP/1.1"';
    const paste = [
      `2024/05/02 10:00:00 [error] 7#7: *1 api.internal could not be resolved (3: Host not found), ${request}, host: "example.com"`,
      `2024/05/02 10:00:05 [error] 7#7: *2 upstream timed out (110: Connection timed out) while connecting to upstream, ${request}, upstream: "http://10.0.0.7:8080/", host: "example.com"`,
    ].join('\n');
    const reply = core.scan(paste, 'en').reply;
    expect(reply?.kind).toBe('triage');
    expect(reply?.fallback).not.toMatch(/follows from/);
    expect(reply?.fallback).not.toContain('example.com');
    expect(reply?.fallback).toContain('`getent hosts api.internal`');
    expect(reply?.fallback).toContain('`nc -vz -w 5 10.0.0.7 8080`');
  });
});
