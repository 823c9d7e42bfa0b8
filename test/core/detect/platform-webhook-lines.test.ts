import { describe, expect, it } from 'vitest';
import { anyIds, highIds } from '../../helpers/detect.js';

/** Lines of real pastes from corpus round 175 (`test/fixtures/corpus/round175.jsonl`, ids c175-…). */
describe('detectErrors reads what platforms, serverless functions and webhook senders print', () => {
  it("ignores RethinkDB's drivers' own connect deadline", () => {
    // rethinkdb/rethinkdb issue #6088 (c175-047): the driver's setTimeout, not the OS's ETIMEDOUT;
    // the Python driver's wording (rethinkdb/errors.py) after it.
    expect(
      anyIds(
        "`{ [ReqlTimeoutError: Could not connect to MY-ELASTIC-IP:28015, operation timed out.] name: 'ReqlTimeoutError', msg: 'Could not connect to MY-ELASTIC-IP:28015, operation timed out.', frames: undefined, message: 'Could not connect to MY-ELASTIC-IP:28015, operation timed out.' }`",
      ),
    ).toEqual([]);
    expect(
      anyIds('rethinkdb.errors.ReqlTimeoutError: Could not connect to localhost:28015, Operation timed out.'),
    ).toEqual([]);
  });

  it("still reads macOS's ETIMEDOUT text after a connect without the driver's class", () => {
    expect(highIds('ssh: connect to host 10.0.0.5 port 22: Operation timed out')).toEqual(['10060']);
    expect(highIds('Could not connect to db.internal:28015, operation timed out.')).toEqual(['10060']);
  });

  it('reads the socket errors apps print on platforms', () => {
    // superfly/litefs issue #367 (c175-001), flynn/flynn issue #4381 (c175-002).
    expect(highIds('Proxy error: dial tcp 127.0.0.1:8081: connect: connection refused')).toEqual(['10061']);
    expect(highIds('err="dial tcp 100.100.100.14:8080: getsockopt: connection refused" attempt=0')).toEqual([
      '10061',
    ]);
    // projectkudu/kudu issue #2939 (c175-012): the App Service sandbox refusing an outbound port.
    expect(
      highIds(
        'Connection attempt failed: An attempt was made to access a socket in a way forbidden by its access permissions 10.102.5.201:445',
      ),
    ).toEqual(['10013']);
    // frappe/twilio-integration issue #44 (c175-006): Twilio's fetcher with the connect's own error.
    expect(
      highIds('Error: Failed to connect to ip 139.144.181.182: No route to host: /139.144.181.182:8000'),
    ).toEqual(['10065']);
    // netlify/netlify-lambda issue #142 (c175-024).
    expect(highIds('Error: listen EADDRINUSE: address already in use :::9000')).toEqual(['10048']);
  });

  it("ignores the platforms' and webhook senders' own codes, deadlines and summaries", () => {
    // NodeBB/NodeBB issue #1841 (c175-026): Heroku's R10 boot deadline names a bind but is none.
    expect(
      anyIds(
        'Jul 16 22:52:43 fateoftime heroku/web.1:  Error R10 (Boot timeout) -> Web process failed to bind to $PORT within 60 seconds of launch ',
      ),
    ).toEqual([]);
    // rwf2/Rocket issue #1268 (c175-029): the router's H13.
    expect(
      anyIds(
        'heroku/router at=error code=H13 desc="Connection closed without response" method=POST path="/" host=app dyno=web.1 connect=0ms service=0ms status=503 bytes=561 protocol=http',
      ),
    ).toEqual([]);
    // cloudflare/serverless-registry issue #69 (c175-037): the Workers runtime's own wording.
    expect(
      anyIds('error error Error: Network connection lost.: undefined: Error: Network connection lost.'),
    ).toEqual([]);
    // jenkins-x/jx issue #5633 and openshift/origin issue #20046 (c175-034, c175-032): GitHub's summaries.
    expect(anyIds('We couldn’t deliver this payload: Failure when receiving data from the peer')).toEqual([]);
    expect(anyIds("We couldn’t deliver this payload: Couldn't connect to server")).toEqual([]);
    // stripe/stripe-cli issue #389 (c175-045): a websocket read deadline.
    expect(anyIds('msg="read error: read tcp 192.168.0.2:42458->54.187.159.182:443: i/o timeout"')).toEqual(
      [],
    );
  });
});
