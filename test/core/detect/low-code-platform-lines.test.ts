import { describe, expect, it } from 'vitest';
import { anyIds, highIds } from '../../helpers/detect.js';

/**
 * Lines from low-code, workflow-automation and backend-as-a-service platforms (n8n, Node-RED,
 * Strapi, Directus, Budibase, Appsmith, Supabase, Firebase, PocketBase, Appwrite), from real pastes
 * of corpus round 154. n8n turns a Node.js error code into one fixed sentence per code (its
 * NodeError COMMON_ERRORS table): the refused, reset, unreachable and not-found sentences name their
 * code and are read; the timed-out and aborted sentences stand for its own request deadline and are
 * left alone. The rest pin forms the round found already read or left alone.
 */
describe("detectErrors reads n8n's sentences for Node.js socket codes", () => {
  it("reads n8n's refused sentence standing alone (n8n-io/n8n issue #14104)", () => {
    const text = ' **indicate error"The service refused the connection - perhaps it is offline"**';
    expect(highIds(text)).toEqual(['10061']);
  });

  it("reads n8n's reset sentence as ECONNRESET", () => {
    const text =
      'The connection to the server was closed unexpectedly, perhaps it is offline. You can retry the request immediately or wait and retry later.';
    expect(highIds(text)).toEqual(['10054']);
  });

  it("reads n8n's unreachable sentence as EHOSTUNREACH", () => {
    expect(highIds('The host is unreachable, perhaps the server is offline')).toEqual(['10065']);
  });

  it("reads n8n's not-found sentence without the code below it (n8n-io/n8n issue #28546)", () => {
    const text =
      '2) Error Message: "Problem in node \'Fetch Booking\': The connection cannot be established, this usually occurs due to an incorrect host (domain) value"';
    expect(highIds(text)).toEqual(['11001']);
  });

  it('reads the sentence and getaddrinfo ENOTFOUND together as one error (n8n-io/n8n issue #18827)', () => {
    const text =
      'getaddrinfo ENOTFOUND oaidalleapiprodscus.blob.core.windows.net\n\n## Share the output returned by the last node\nThe connection cannot be established, this usually occurs due to an incorrect host (domain) value';
    expect(highIds(text)).toEqual(['11001']);
  });
});

describe("detectErrors leaves alone n8n's deadline sentences", () => {
  it("leaves n8n's timed-out sentence (n8n-io/n8n issue #14915)", () => {
    const text =
      "7. The HTTP Request node timeouts after ~2 minutes. Message: `Problem in node ‘HTTP Request‘ - The connection timed out, consider setting the 'Retry on Fail' option in the node settings`";
    expect(anyIds(text)).toEqual([]);
  });

  it("leaves n8n's aborted sentence, axios's own timeout (n8n-io/n8n issue #19336)", () => {
    const text = "Problem in 'HTTP Request1' \nThe connection was aborted, perhaps the server is offline";
    expect(anyIds(text)).toEqual([]);
  });

  it("still reads Node's connect ETIMEDOUT from a Modbus node (argonne-vci/node-red-contrib-modbustcp issue #33)", () => {
    const text =
      'when this server is offline I receive in the debug console : "socket error: Error: connect ETIMEDOUT xxx.xxx.xxx.xxx:502" with the name of the modbus server (fully normal) .';
    expect(highIds(text)).toEqual(['10060']);
  });
});

describe('detectErrors reads the socket errors the platforms wrap', () => {
  it("reads Strapi's startup refusal toward Postgres (strapi/strapi issue #15416)", () => {
    const text =
      "[2023-01-11 11:45:52.468] debug: ⛔️ Server wasn't able to start properly.\n[2023-01-11 11:45:52.470] error: connect ECONNREFUSED 127.0.0.1:5432";
    expect(highIds(text)).toEqual(['10061']);
  });

  it("reads a Node-RED function node's EHOSTUNREACH logged as a status code (node-red/node-red issue #801)", () => {
    const text =
      '> 13 Feb 13:43:30 - [error] [function:extract cv pump state] Unexpected http get status code (=EHOSTUNREACH)';
    expect(highIds(text)).toEqual(['10065']);
  });

  it("reads Activepieces' axios error object with libuv's -111 (activepieces/activepieces issue #8535)", () => {
    const text = "  syscall: 'connect',\n\n  code: 'ECONNREFUSED',\n\n  errno: -111,";
    expect(highIds(text)).toEqual(['10061']);
  });

  it("reads Appsmith's Netty finishConnect refusal (appsmithorg/appsmith issue #16053)", () => {
    const text =
      'User sees errors like - io.netty.channel.AbstractChannel$AnnotatedConnectException: finishConnect(..) failed: Connection refused: /172.17.0.1:3306';
    expect(highIds(text)).toEqual(['10061']);
  });
});

describe('detectErrors leaves alone what the platforms say that is no socket error', () => {
  it("leaves Firestore's client-is-offline state (ccrsxx/twitter-clone issue #31)", () => {
    const text =
      'Unhandled Runtime Error\nFirebaseError: Failed to get document because the client is offline.';
    expect(anyIds(text)).toEqual([]);
  });

  it("leaves Firebase Auth's fixed network-request-failed text (prescottprue/react-redux-firebase issue #869)", () => {
    const text =
      'code: "auth/network-request-failed"\nmessage: "A network error (such as timeout, interrupted connection or unreachable host) has occurred."';
    expect(anyIds(text)).toEqual([]);
  });

  it("leaves PgJDBC's connection attempt failure in Appsmith's pool (appsmithorg/appsmith issue #12982)", () => {
    const text =
      'The sample datasource "Users" is breaking with an error "Failed to initialize pool: The connection attempt failed."';
    expect(anyIds(text)).toEqual([]);
  });

  it("leaves PHPMailer's SMTP connect failure in Appwrite's mail worker (appwrite/appwrite issue #4933)", () => {
    const text =
      'has failed Exception: Error sending mail: SMTP Error: Could not connect to SMTP host. in /us';
    expect(anyIds(text)).toEqual([]);
  });

  it("leaves Knex's pool deadline in Directus (directus/directus issue #4831)", () => {
    const text =
      '[Error] Knex: Timeout acquiring a connection. The pool is probably full. Are you missing a .transacting(trx) call?';
    expect(anyIds(text)).toEqual([]);
  });
});
