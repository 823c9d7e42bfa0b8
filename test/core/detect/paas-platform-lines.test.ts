import { describe, expect, it } from 'vitest';
import { anyIds, highIds } from '../../helpers/detect.js';

/** Lines from serverless and PaaS platforms, from real pastes of corpus round 53. */
describe("detectErrors reads fly-proxy's refused connect to the app's port", () => {
  it("reads 'instance refused connection' with its listening hint (Shopify/shopify-app-template-php issue #475)", () => {
    const text =
      'instance refused connection. is your app listening on 0.0.0.0:8080? make sure it is not only listening on 127.0.0.1 (hint: look at your startup logs, servers often print the address they are listening on)';
    expect(highIds(text)).toEqual(['10061']);
  });

  it('reads the bare proxy log line (actualbudget/actual-server issue #139)', () => {
    expect(
      highIds('2023-02-16T03:02:28.944 proxy[ed63d73f] lhr [error] instance refused connection'),
    ).toEqual(['10061']);
  });

  it('does not read the same words in prose with no proxy log prefix', () => {
    expect(anyIds('I think the instance refused connection because of the firewall')).toEqual([]);
  });
});

describe("detectErrors leaves the platforms' own deadlines and router codes alone", () => {
  it("finds nothing in Heroku's H13 router line (parse-community/parse-server issue #361)", () => {
    const text =
      'at=error code=H13 desc="Connection closed without response" method=GET path="/parse/login" host=xxxxx.herokuapp.com dyno=web.1 connect=0ms service=4ms status=503 bytes=0';
    expect(anyIds(text)).toEqual([]);
  });

  it("finds nothing in Lambda's own 'Task timed out' (netlify/cli issue #724)", () => {
    expect(
      anyIds("◈ Error during invocation:  { errorMessage: 'Task timed out after 3.00 seconds',"),
    ).toEqual([]);
  });

  it("finds nothing in fly-proxy's load-balancing failure (dmuth/fastapi-httpbin issue #12)", () => {
    const text =
      'could not find a good candidate within 90 attempts at load balancing. last error: no known healthy instances found for route tcp/443.';
    expect(anyIds(text)).toEqual([]);
  });
});
