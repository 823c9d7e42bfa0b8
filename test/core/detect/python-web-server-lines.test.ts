import { describe, expect, it } from 'vitest';
import { anyIds, highIds } from '../../helpers/detect.js';

/** Lines from Python web frameworks' servers and app front-ends, from real pastes of corpus round 193. */
describe("detectErrors reads Bokeh's own words for a failed bind", () => {
  it("reads 'Cannot start Bokeh server, port … is already in use' as an address in use (c193-010)", () => {
    expect(
      highIds('CRITICAL:bokeh.command.util:Cannot start Bokeh server, port 5039 is already in use'),
    ).toEqual(['10048']);
  });

  it('reads the same sentence with the unset port Bokeh 0.12.4 printed (c193-011)', () => {
    const text =
      '2016-12-28 13:57:32,400 Starting Bokeh server version 0.12.4dev10-77-g450e64c-dirty\n2016-12-28 13:57:32,401 Cannot start Bokeh server, port None is already in use';
    expect(highIds(text)).toEqual(['10048']);
  });

  it("reads Bokeh's EADDRNOTAVAIL sentence as an address not available", () => {
    expect(highIds("Cannot start Bokeh server, address '8.8.8.8' not available")).toEqual(['10049']);
  });

  it("reads no error in Bokeh's other branch when the errno is a file error (c193-030)", () => {
    const text =
      "Panel --num-procs value leads to Cannot start Bokeh server [EEXIST]: FileExistsError(17, 'File exists') error";
    expect(anyIds(text)).toEqual([]);
  });

  it("reads no error in 'is already in use' or 'not available' without Bokeh's prefix", () => {
    expect(anyIds('the dashboard port is already in use, and the docs are not available')).toEqual([]);
  });
});

describe("detectErrors keeps Gunicorn's arbiter notices apart from socket errors", () => {
  it("reads no error in 'was sent SIGKILL! Perhaps out of memory?' after a worker timeout (c193-040)", () => {
    const text =
      '[2024-11-05 09:25:59 +0000] [16] [CRITICAL] WORKER TIMEOUT (pid:17)\n[2024-11-05 09:26:00 +0000] [16] [ERROR] Worker (pid:17) was sent SIGKILL! Perhaps out of memory?';
    expect(anyIds(text)).toEqual([]);
  });

  it("still reads Gunicorn's 'Connection in use' on its [ERROR] line", () => {
    const text =
      "[2019-08-27 15:07:20 +1000] [10077] [ERROR] Connection in use: ('127.0.0.1', 5000)\n[2019-08-27 15:07:20 +1000] [10077] [ERROR] Retrying in 1 second.";
    expect(highIds(text)).toEqual(['10048']);
  });
});

describe("detectErrors pins the round's other server forms in both directions", () => {
  it("reads Werkzeug's strerror and port hint as an address in use (c193-006)", () => {
    const text =
      'Address already in use\nPort 8050 is in use by another program. Either identify and stop that program, or start the server with a different port.';
    expect(highIds(text)).toEqual(['10048']);
  });

  it("reads Daphne's listen failure with getaddrinfo's text as host not found (c193-021)", () => {
    const text =
      "CRITICAL 2020-04-09 13:01:29,779 server 1 139895479084864 Listen failure: Couldn't listen on  0.0.0.0:8000: [Errno -2] Name or service not known. ";
    expect(highIds(text)).toEqual(['11001']);
  });

  it("reads no error in JupyterDash's alive-probe OSError (c193-031)", () => {
    const text =
      "OSError: Address 'http://127.0.0.1:8050' already in use.\n    Try passing a different port to run_server.";
    expect(anyIds(text)).toEqual([]);
  });

  it("reads no error in Gradio's port-scan summary (c193-048)", () => {
    const text =
      'OSError: Cannot find empty port in range: 8080-8080. You can specify a different port by setting the GRADIO_SERVER_PORT environment variable or passing the `server_port` parameter to `launch()`.';
    expect(anyIds(text)).toEqual([]);
  });

  it("reads no error in Streamlit's front-end CONNECTION_TIMED_OUT event (c193-027)", () => {
    const text =
      'Uncaught Error: Unsupported state transition.\nState: PINGING_SERVER\nEvent: CONNECTION_TIMED_OUT';
    expect(anyIds(text)).toEqual([]);
  });
});
