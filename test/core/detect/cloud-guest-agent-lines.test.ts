import { describe, expect, it } from 'vitest';
import { anyIds, highIds } from '../../helpers/detect.js';

/** Lines from cloud VM guest agents and instance start-up, from real pastes of corpus round 66. */
describe("detectErrors leaves the Stackdriver metadata agent's HTTP status alone", () => {
  it("finds nothing in the agent's 403 dressed as ENOTCONN (sethvargo/vault-on-gke issue #45)", () => {
    const text =
      "Metadata request unsuccessful: Server responded with 'Forbidden' (403): Transport endpoint is not connected";
    expect(anyIds(text)).toEqual([]);
  });

  it("finds nothing in the same wording from its GCE metadata query (the format of src/environment.cc's log line)", () => {
    const text =
      "Exception: Server responded with 'Not Found' (404): Transport endpoint is not connected: 'http://metadata.google.internal./computeMetadata/v1/'";
    expect(anyIds(text)).toEqual([]);
  });

  it('still reads a real ENOTCONN from a shutdown on a socket', () => {
    expect(highIds('shutdown: Transport endpoint is not connected')).toEqual(['10057']);
  });
});

describe("detectErrors reads the guest agents' socket errors to the metadata service", () => {
  it("reads cloud-init's ENETUNREACH to IMDS (hartwork/image-bootstrap issue #35)", () => {
    const text =
      "url_helper.py[WARNING]: Calling 'http://169.254.169.254/2009-04-04/meta-data/instance-id' failed [1/120s]: request error [HTTPConnectionPool(host='169.254.169.254', port=80): Max retries exceeded with url: /2009-04-04/meta-data/instance-id (Caused by NewConnectionError('<requests.packages.urllib3.connection.HTTPConnection object at 0x7fa474e63c90>: Failed to establish a new connection: [Errno 101] Network is unreachable',))]";
    expect(highIds(text)).toEqual(['10051']);
  });

  it("reads waagent's refused vmSettings call (Azure/WALinuxAgent issue #2774)", () => {
    const text =
      'ERROR ExtHandler ExtHandler Fetching the goal state is still failing: [ProtocolError] GET vmSettings [correlation ID: 05234ebe-edc7-4676-9d71-059dd7551f25 eTag: None]: Request failed: [Errno 111] Connection refused';
    expect(highIds(text)).toEqual(['10061']);
  });
});
