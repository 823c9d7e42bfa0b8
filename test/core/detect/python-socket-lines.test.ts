import { describe, expect, it } from 'vitest';
import { detectErrors, highIds } from '../../helpers/detect.js';

/** Python clients' wrapping of an OS error, from real pastes of corpus round 9. */
describe("detectErrors reads docker-py's refused Unix socket as no socket error", () => {
  it("ignores 'Connection aborted.' around PermissionError(13): the daemon's socket file keeps the user out (c9-130)", () => {
    const text =
      "docker.errors.DockerException: Error while fetching server API version: ('Connection aborted.', PermissionError(13, 'Permission denied'))";
    expect(detectErrors(text)).toEqual([]);
  });

  it('ignores the Python 2 form and the urllib3 and requests lines of the same failure (c9-131, c9-133)', () => {
    expect(
      detectErrors(
        "Another issue related to Error while fetching server API version: ('Connection aborted.', error(13, 'Permission denied'))",
      ),
    ).toEqual([]);
    const trace =
      '  File "docker/transport/unixconn.py", line 43, in connect\n' +
      "urllib3.exceptions.ProtocolError: ('Connection aborted.', PermissionError(13, 'Permission denied'))\n" +
      "requests.exceptions.ConnectionError: ('Connection aborted.', PermissionError(13, 'Permission denied'))";
    expect(detectErrors(trace)).toEqual([]);
  });

  it('still reads a TCP connect refused by the system as an access error', () => {
    const text =
      "after connection broken by 'NewConnectionError('<pip._vendor.urllib3.connection.HTTPSConnection object at 0x0000020C>: Failed to establish a new connection: [Errno 13] Permission denied')'";
    expect(highIds(text)).toEqual(['10013']);
  });
});
