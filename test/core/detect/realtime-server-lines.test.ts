import { describe, expect, it } from 'vitest';
import { anyIds, highIds } from '../../helpers/detect.js';

/** Lines from real-time communication servers and clients, from real pastes of corpus round 39. */
describe("detectErrors reads mediasoup's port bind failure", () => {
  it('reads the UV_EADDRNOTAVAIL wording as 10049 at high confidence (versatica/mediasoup-demo issue #85)', () => {
    const text =
      "mediasoup:ERROR:Channel [pid:2990 RTC::PortManager::Bind() | throwing MediaSoupError: port bind failed due to address not available [transport:udp, ip:'3.80.187.192', port:48729, attempt:1/10000]";
    expect(highIds(text)).toEqual(['10049']);
  });

  it('leaves a bare "address not available" below high confidence', () => {
    expect(highIds('the address not available in this region')).toEqual([]);
  });
});

describe("detectErrors reads musl's 'Try again' inside aiohttp's connector error", () => {
  it('reads it as a temporary resolver failure after ssl:default [ (anoadragon453/nio-template issue #34)', () => {
    expect(highIds('[WARNING] Cannot connect to host matrix.org:443 ssl:default [Try again]')).toEqual([
      '11002',
    ]);
  });

  it("does not read an application's own 'Try again'", () => {
    expect(anyIds('Cannot connect to host right now. Try again later.')).toEqual([]);
  });
});

describe("detectErrors ignores Twisted's ConnectionAborted", () => {
  it('reads no error in the text of a local abortConnection() (element-hq/synapse issue #16998)', () => {
    const text =
      '2024-03-17 00:09:15,369 - synapse.replication.tcp.redis - 306 - INFO - sentinel- Connection to redis server redis-ndev.redis.cache.windows.net:6380 lost: Connection was aborted locally using ITCPTransport.abortConnection.';
    expect(anyIds(text)).toEqual([]);
  });

  it("still reads curl's Winsock text for WSAECONNABORTED", () => {
    expect(highIds('fatal: unable to access: Recv failure: Connection was aborted')).toEqual(['10053']);
  });
});

describe("detectErrors ignores the MongoDB driver's own connect deadline", () => {
  it("reads no ETIMEDOUT in 'MongoServerSelectionError: connection timed out' (RocketChat/Rocket.Chat issue #26856)", () => {
    expect(anyIds('MongoServerSelectionError: connection timed out')).toEqual([]);
  });

  it('reads no ETIMEDOUT when the class and the message are separate JSON fields', () => {
    const text =
      '{"errorType":"MongoNetworkTimeoutError","errorMessage":"connection timed out","connectionGeneration":0}';
    expect(anyIds(text)).toEqual([]);
  });

  it("still reads the OS's ETIMEDOUT the driver passes on", () => {
    expect(highIds('MongoServerSelectionError: connect ETIMEDOUT 10.255.255.1:27017')).toEqual(['10060']);
  });
});
