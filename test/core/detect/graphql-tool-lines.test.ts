import { describe, expect, it } from 'vitest';
import { anyIds, highIds } from '../../helpers/detect.js';

/**
 * GraphQL clients, servers and code generators (Apollo Client, Gateway and rover, Hasura, GraphQL Code
 * Generator, gqlgen, graph-gophers, gql, Prisma, graph-cli, wgc), from real pastes of corpus round 156. No
 * rule was added for the round; these pin the forms the rules already read, in both directions.
 */
describe('detectErrors reads the socket errors GraphQL tools print and leaves their own words alone', () => {
  it("reads Apollo Gateway's refused SDL fetch from a subgraph on ::1 (c156-001)", () => {
    expect(
      highIds(
        '$ node index.js\nServer ready at http://localhost:4000/\nError checking for changes to service definitions: Couldn\'t load service definitions for "user" at http://localhost:8300: request to http://localhost:8300/ failed, reason: connect ECONNREFUSED ::1:8300\nThis data graph is missing a valid configuration. Couldn\'t load service definitions for "user" at http://localhost:8300: request to http://localhost:8300/ failed, reason: connect ECONNREFUSED ::1:8300',
      ),
    ).toEqual(['10061']);
  });

  it("reads Apollo Client's Network error over node-fetch's refused connect (c156-017)", () => {
    expect(
      highIds(
        "RENDERING ERROR: { [Error: Network error: request to http://localhost:3010/graphql failed, reason: connect ECONNREFUSED 127.0.0.1:3010]\n[1]   graphQLErrors: [],\n[1]   networkError: \n[1]    { [FetchError: request to http://localhost:3010/graphql failed, reason: connect ECONNREFUSED 127.0.0.1:3010]\n[1]      name: 'FetchError',\n[1]      message: 'request to http://localhost:3010/graphql failed, reason: connect ECONNREFUSED 127.0.0.1:3010',\n[1]      type: 'system',\n[1]      errno: 'ECONNREFUSED',\n[1]      code: 'ECONNREFUSED' },",
      ),
    ).toEqual(['10061']);
  });

  it("reads a relayed GraphQL error whose message is Node's refused connect (c156-003)", () => {
    expect(
      highIds(
        'bundle.esm.js:60 Uncaught (in promise) Error: GraphQL error: connect ECONNREFUSED 10.0.0.242:80\n    at new t (bundle.esm.js:60)\n    at e.<anonymous> (bundle.esm.js:980)\n    at tslib.es6.js:97',
      ),
    ).toEqual(['10061']);
  });

  it("reads graph-cli's bare Node codes after its own words (c156-004, c156-019)", () => {
    expect(
      highIds(
        'graph create fi1osof/first --node http://127.0.0.1:8020\n✖ HTTP error creating the subgraph: ECONNRESET',
      ),
    ).toEqual(['10054']);
    expect(
      highIds(
        'yarn run v1.22.19\n$ graph create --node http://localhost:8020/ znft-goerli\n✖ HTTP error creating the subgraph: ECONNREFUSED\nerror Command failed with exit code 1.',
      ),
    ).toEqual(['10061']);
  });

  it("reads socket hang up under Apollo's links as a reset (c156-007, c156-008)", () => {
    expect(
      highIds(
        ' ERROR  [Network error]: FetchError: request to https://5bc36db30a.nxcli.io/graphql?query= {{query}} failed, reason: socket hang up',
      ),
    ).toEqual(['10054']);
    expect(
      highIds(
        'Error: request to https://domain.com/graphql failed, reason: socket hang up\nThis error happened while generating the page. Any console logs will be displayed in the terminal window.\nCall Stack\nnew ApolloError',
      ),
    ).toEqual(['10054']);
  });

  it("reads Hasura's http-client getAddrInfo failure and its libpq refusal (c156-006, c156-012)", () => {
    expect(
      highIds(
        '          "error": {\n            "type": "http_exception",\n            "message": "ConnectionFailure Network.Socket.getAddrInfo (called with preferred socket type/protocol: AddrInfo {addrFlags = [AI_ADDRCONFIG], addrFamily = AF_UNSPEC, addrSocketType = Stream, addrProtocol = 0, addrAddress = <assumed to be undefined>, addrCanonName = <assumed to be undefined>}, host name: Just \\"host.docker.internal\\", service name: Just \\"3000\\"): does not exist (Name or service not known)"\n          },',
      ),
    ).toEqual(['11001']);
    expect(
      highIds(
        '{"internal":"could not connect to server: Connection refused\\n\\tIs the server running on host \\"localhost\\" (127.0.0.1) and accepting\\n\\tTCP/IP connections on port 5432?\\n","path":"$","error":"connection error","code":"postgres-error"}',
      ),
    ).toEqual(['10061']);
  });

  it("reads Hasura's bind error from the Haskell network package (c156-024)", () => {
    expect(highIds('graphql-engine: Network.Socket.bind: resource busy (Address already in use)')).toEqual([
      '10048',
    ]);
  });

  it("reads gqlgen and graph-gophers servers' Go dials (c156-013, c156-018)", () => {
    expect(
      highIds(
        'panic: dial tcp [::1]:5432: connect: connection refused\n\ngoroutine 1 [running]:\nmain.checkErr(...)\n\t/Users/hk/workspace/golang/src/github.com/ridhamtarpara/go-graphql-demo/server/server.go:43',
      ),
    ).toEqual(['10061']);
    expect(
      highIds('Post http://127.0.0.1:8080/api/query: dial tcp 127.0.0.1:8080: connect: connection refused'),
    ).toEqual(['10061']);
  });

  it("reads gql's aiohttp transport shown a reset in brackets (c156-021)", () => {
    expect(
      highIds(
        'aiohttp.client_exceptions.ClientConnectorError: Cannot connect to host api.newrelic.com:443 ssl:False [Connection reset by peer]',
      ),
    ).toEqual(['10054']);
  });

  it('reads a refused connect wrapped by the terminal in a stitching trace (c156-016)', () => {
    expect(
      highIds(
        'Error: request to http://localhost:60000/api/example-airbnb/dev failed, reason: connect ECONNREFUSED\n127.0.0.1:60000\n    at Object.checkResultAndHandleErrors (/Users/marktani/projects/playground/beta-1.1/graphcool-serv\ner-example/node_modules/graphql-tools/src/stitching/errors.ts:84:7)',
      ),
    ).toEqual(['10061']);
  });

  it("leaves codegen's undici 'terminated' and 'fetch failed' without a cause alone (c156-026, c156-030, c156-031)", () => {
    expect(
      anyIds(
        '✔ Parse Configuration\n⚠ Generate outputs\n  ❯ Generate to app/server/graphql/sdk.ts\n    ✖\n      Failed to load schema from http://localhost:8000/gql:\n      terminated\n      TypeError: terminated\n      at Fetch.onAborted (/alloc/Work/actual/remix/graphql-testing/node_modules/undici/lib/fetch/index.js:1890:49)',
      ),
    ).toEqual([]);
    expect(
      anyIds(
        '@graphql-tools/load: collectSources http://localhost:8000/graphql/: 0.4ms\nTypeError: fetch failed\n    at Object.processResponse (/Users/rohan/Work/blabla/node_modules/undici/lib/fetch/index.js:198:23)\n    at /Users/rohan/Work/blabla/node_modules/undici/lib/fetch/index.js:929:38',
      ),
    ).toEqual([]);
    expect(
      anyIds(
        'Failed to load schema for "src/generated/graphql.tsx"\n        Failed to load schema from http://localhost:6000/graphql:\n\n        fetch failed\n        TypeError: fetch failed\n    at Object.processResponse (E:\\Startup\\haircut\\node_modules\\undici\\lib\\fetch\\index.js:198:23)',
      ),
    ).toEqual([]);
  });

  it("leaves Apollo Client's browser 'Failed to fetch' and React Native's 'Network request failed' alone (c156-038, c156-040, c156-042)", () => {
    expect(
      anyIds(
        'Error: Network error: Failed to fetch\n    at new ApolloError (bundle.esm.js:76)\n    at bundle.esm.js:1556\n    at bundle.esm.js:1977',
      ),
    ).toEqual([]);
    expect(
      anyIds(
        'Error: Network error: Failed to fetch\nat new ApolloError (bundle.esm.js:76)\nat bundle.esm.js:1556\nat bundle.esm.js:1977\nat Set.forEach ()',
      ),
    ).toEqual([]);
    expect(
      anyIds(
        ' LOG  CAN I SEE THIS ERROR?\n LOG  [TypeError: Network request failed]\n LOG  [TypeError: Network request failed]\n LOG  END CAN I SEE THIS ERROR?',
      ),
    ).toEqual([]);
  });

  it("leaves Hasura's webhook 'Connection failure' and 'HTTP Exception from Webhook' alone (c156-033, c156-034, c156-035)", () => {
    expect(
      anyIds(
        '        "internal": {\n          "error": {\n            "message": "Connection failure",\n            "request": {\n              "host": "host.docker.internal",\n              "method": "POST",\n              "path": "/api/subscriptions-config",\n              "port": 8000,',
      ),
    ).toEqual([]);
    expect(
      anyIds('{"errors":[{"path":"$","error":"HTTP Exception from Webhook","code":"unexpected"}]}'),
    ).toEqual([]);
    expect(
      anyIds(
        '{"type":"http-log","timestamp":"2022-07-05T11:44:55.804+0000","level":"error","detail":{"operation":{"user_vars":{"x-hasura-role":"admin","x-hasura-user-is-anonymous":"false","x-hasura-user-id":"b316dd6a-a298-4224-ba7e-91adbd16bd74"},"error":{"internal":{"error":{"type":"http_exception","message":"Connection failure","request":{"secure":false,"path":"/v1/functions/actions/updateEvent","responseTimeout":"ResponseTimeoutMicro 30000000","queryString":"","method":"POST"',
      ),
    ).toEqual([]);
  });

  it("leaves rover's hyper IncompleteMessage and an axios timeout under Apollo alone (c156-044, c156-041)", () => {
    expect(
      anyIds(
        'error[E004]: error sending request for url (https://api.apollographql.com/graphql): connection closed before message completed',
      ),
    ).toEqual([]);
    expect(
      anyIds(
        'n Network error: timeout of 10000ms exceeded \n    node_modules/apollo-client/bundle.umd.js:92:30 ApolloError\n    node_modules/apollo-client/bundle.umd.js:1581:37 ',
      ),
    ).toEqual([]);
  });

  it("leaves Prisma's P1001 and wgc's ConnectError answer alone (c156-045, c156-047)", () => {
    expect(
      anyIds(
        "Error: P1001: Can't reach database server at `aws-0-us-east-1.pooler.supabase.com:5342`\n\nPlease make sure your database server is running at `aws-0-us-east-1.pooler.supabase.com:5342`.",
      ),
    ).toEqual([]);
    expect(
      anyIds(
        'ConnectError: [invalid_argument] timeout 75000ms must be <= 30000\n    at errorFromJson (file:///home/runner/_work/_tool/node/22.13.0/x64/lib/node_modules/wgc/node_modules/@connectrpc/connect/dist/esm/protocol-connect/error-json.js:53:[19](https://github.com/EG-A-S/ng-shared-service/actions/runs/12742548810/job/35510852730#step:6:20))',
      ),
    ).toEqual([]);
  });

  it("leaves asyncio's bare ConnectionResetError from a TLS handshake under gql alone (c156-048)", () => {
    expect(
      anyIds(
        '  File "C:\\Program Files\\Python\\lib\\asyncio\\base_events.py", line 1089, in create_connection\n    transport, protocol = await self._create_connection_transport(\n  File "C:\\Program Files\\Python\\lib\\asyncio\\base_events.py", line 1119, in _create_connection_transport\n    await waiter\nConnectionResetError',
      ),
    ).toEqual([]);
  });
});
