import { describe, expect, it } from 'vitest';
import { anyIds, highIds } from '../../helpers/detect.js';

/** API gateways and their data planes: Kong, APISIX, Tyk, KrakenD, Gravitee, WSO2 (corpus round 120). */
describe("LuaSocket's own text for EAI_NONAME", () => {
  it("reads Kong's CLI failing to resolve its database host (c120-006)", () => {
    const text = [
      'Command : docker run --rm --network=sphere-net -e "KONG_DATABAE=postgres" -e "KONG_PG_HOST=kong-db" kong:latest kong migrations bootstrap',
      '',
      'Error : [PostgreSQL error] failed to retrieve PostgreSQL server_version_num: host or service not provided, or not known',
    ].join('\n');
    expect(highIds(text)).toEqual(['11001']);
  });

  it('reads the words alone, as any Lua program over LuaSocket prints them', () => {
    expect(highIds("failed with result 'host or service not provided, or not known'")).toEqual(['11001']);
  });
});

describe("Kong's DNS client names the name server's answer", () => {
  it('reads RCODE 3 (NXDOMAIN) in the balancer line as host not found (c120-007)', () => {
    const text =
      '2020/12/03 11:29:16 [error] 32#0: *561643 [lua] balancer.lua:900: execute(): DNS resolution failed: dns server error: 3 name error. Tried: ["(short)app-api:(na) - cache-miss","app-api:1 - cache-hit/stale/scheduled/dns server error: 3 name error","app-api:33 - cache-hit/stale/scheduled/dns server error: 3 name error"], client: 172.20.1.7, server: kong';
    expect(highIds(text)).toEqual(['11001']);
  });

  it('reads the ring-balancer form of the same answer', () => {
    expect(
      highIds(
        'queryDns(): [ringbalancer] querying dns for app_backend failed: dns server error: 3 name error',
      ),
    ).toEqual(['11001']);
  });

  it("leaves Kong's own cache-only state alone (c120-037)", () => {
    const text =
      '[lua] balancer.lua:1038: balancer_execute(): DNS resolution failed: dns server error: 100 cache only lookup failed. Tried: ["(short)<url>:(na) - cache-miss","<url>:5 - cache only lookup failed/dns server error: 100 cache only lookup failed"]';
    expect(anyIds(text)).toEqual([]);
  });
});

describe("the gateways' socket errors are read in their runtimes' words", () => {
  it("reads OpenResty's cosocket texts from Kong and APISIX (c120-001, c120-009, c120-013)", () => {
    expect(
      highIds(
        'Error: [PostgreSQL error] failed to retrieve PostgreSQL server_version_num: connection refused',
      ),
    ).toEqual(['10061']);
    expect(
      highIds(
        '[error] 95938#95938: *16478531139 [lua] config_etcd.lua:569: failed to fetch data from etcd: connection reset by peer,  etcd key: /apisix/routes, context: ngx.timer',
      ),
    ).toEqual(['10054']);
    expect(
      highIds(
        '[warn] 97#97: *509293272 stream [lua] v3.lua:647: request_chunk(): http://xxxxx:2379/: connection timed out. Retrying, context: ngx.timer',
      ),
    ).toEqual(['10060']);
  });

  it("reads Envoy's transport failure behind a Knative gateway (c120-025)", () => {
    expect(
      highIds(
        'upstream connect error or disconnect/reset before headers. reset reason: connection failure, transport failure reason: delayed connect error: 111',
      ),
    ).toEqual(['10061']);
  });
});

describe("the gateways' own words are no socket error", () => {
  it("leaves Tyk's blanket Redis message and proxy body alone (c120-028, c120-030)", () => {
    expect(
      anyIds(
        'time="Apr 07 15:48:56" level=warning msg="Reconnecting storage: Redis is either down or ws not configured" prefix=pub-sub',
      ),
    ).toEqual([]);
    expect(anyIds('{\n    "error": "There was a problem proxying the request"\n}')).toEqual([]);
  });

  it("leaves nginx's phase words without a connect alone (c120-036, c120-043, c120-044)", () => {
    expect(
      anyIds('i get `failure to get a peer from the ring-balancer` when i try to access local api'),
    ).toEqual([]);
    expect(
      anyIds(
        '[lua] balancer.lua:382: run(): failed to set server peer [90:1] err: no host allowed while connecting to upstream, client: 172.18.0.1, server: _',
      ),
    ).toEqual([]);
    expect(
      anyIds(
        '[lua] balancer.lua:304: load_balancer(): failed to pick server: missing upstream configuration while connecting to upstream',
      ),
    ).toEqual([]);
  });

  it("leaves WSO2's passthrough socket timeouts and Envoy's own connect deadline alone (c120-040, c120-041, c120-050)", () => {
    expect(
      anyIds(
        'WARN {org.apache.synapse.transport.passthru.SourceHandler} - STATE_DESCRIPTION = Socket Timeout occurred after accepting the request headers and the request body, INTERNAL_STATE = REQUEST_DONE, SOCKET_TIMEOUT = 180000',
      ),
    ).toEqual([]);
    expect(
      anyIds(
        'WARN {org.apache.synapse.transport.passthru.SourceHandler} -  Connection time out after request is read: http-incoming-5215340 Socket Timeout : 60000 Remote Address : /31.4.180.20:19683',
      ),
    ).toEqual([]);
    expect(
      anyIds(
        '504 - upstream connect error or disconnect/reset before headers. reset reason: connection timeout',
      ),
    ).toEqual([]);
  });
});
