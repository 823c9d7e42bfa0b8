import { describe, expect, it } from 'vitest';
import { anyIds, highIds } from '../../helpers/detect.js';

/** Lines from data-science clusters and notebooks, from real pastes of corpus round 201. */
describe("detectErrors reads Jupyter's own notice for a port in use", () => {
  it("reads NotebookApp's 'The port … is already in use, trying another port.' as an address in use (c201-009)", () => {
    expect(
      highIds('[I 18:08:20.323 NotebookApp] The port 8888 is already in use, trying another port.'),
    ).toEqual(['10048']);
  });

  it('reads the same notice from LabApp above its start-up lines (c61-043 form)', () => {
    const text =
      '[I 14:08:42.322 LabApp] The port 8888 is already in use, trying another port.\n[I 14:08:42.326 LabApp] Running JupyterLab in core mode';
    expect(highIds(text)).toEqual(['10048']);
  });

  it("reads no error in 'is already in use, trying another port' without Jupyter's 'The port '", () => {
    expect(anyIds('the container is already in use, trying another port mapping')).toEqual([]);
  });

  it("reads no error in Create React App's probe prompt, which is other wording (c178-046 form)", () => {
    const text =
      '? Something is already running on port 12345.\nWould you like to run the app on another port instead? › (Y/n)';
    expect(anyIds(text)).toEqual([]);
  });
});

describe("detectErrors keeps Ray's memory-monitor kills apart from socket errors", () => {
  it("reads no error in the raylet's OOM summary and its 'out of memory issue' advice (c201-035)", () => {
    const text =
      '(raylet) [2024-08-25 19:21:02,241 E 1111013 1111013] (raylet) node_manager.cc:3064: 12 Workers (tasks / actors) killed due to memory pressure (OOM), 0 Workers crashed due to other reasons at node (ID: b8aad7ac53c083fcae4851424e0362cec4a21916876b69bb1722ed29, IP: 172.31.105.218) over the last time period.\n(raylet) \n(raylet) Refer to the documentation on how to address the out of memory issue: https://docs.ray.io/en/latest/ray-core/scheduling/ray-oom-prevention.html. Consider provisioning more memory on this node or reducing task parallelism by requesting more CPUs per task.';
    expect(anyIds(text)).toEqual([]);
  });

  it('still reads a refused connect in the same log as a refusal', () => {
    const text =
      'Refer to the documentation on how to address the out of memory issue: https://docs.ray.io/en/latest/ray-core/scheduling/ray-oom-prevention.html.\nConnectionRefusedError: [Errno 111] Connection refused';
    expect(highIds(text)).toEqual(['10061']);
  });
});

describe("detectErrors pins the round's other cluster forms in both directions", () => {
  it("reads Py4J's refused gateway connect (c201-002)", () => {
    const text =
      '    self.socket.connect((self.address, self.port))\nConnectionRefusedError: [Errno 111] Connection refused\nERROR:py4j.java_gateway:An error occurred while trying to connect to the Java server (127.0.0.1:44098)';
    expect(highIds(text)).toEqual(['10061']);
  });

  it("reads Julia Distributed's EHOSTUNREACH (c201-008)", () => {
    expect(highIds('ERROR: connect: host is unreachable (EHOSTUNREACH)')).toEqual(['10065']);
  });

  it("reads gRPC core's EAFNOSUPPORT under Ray's raylet (c201-011)", () => {
    const text =
      '{"created":"@1627890046.542316804","description":"Address family not supported by protocol","errno":97,"file":"src/core/lib/iomgr/socket_utils_common_posix.cc","file_line":446,"os_error":"Address family not supported by protocol","syscall":"socket","target_address":"[::]:59332"}';
    expect(highIds(text)).toEqual(['10047']);
  });

  it("reads MATLAB's parpool bind failure with its cause as an address not available (c201-018)", () => {
    const text =
      '    Failed to open any port in the range [27370 28370]. Verify that at least one port is\n    available in this range and not in use by another process on this machine. Cause:\n    Failed to bind to ::1:28370 with error: Cannot assign requested address.';
    expect(highIds(text)).toEqual(['10049']);
  });

  it("reads Dask's own connect deadline as no error (c201-027)", () => {
    expect(
      anyIds('E           OSError: Timed out trying to connect to tcp://127.0.0.1:50009 after 5 s'),
    ).toEqual([]);
  });

  it("reads sparklyr's gateway wait with port 10000 as no error (c201-036)", () => {
    const text =
      'Error in force(code) : \n  Failed while connecting to sparklyr to port (10000) for sessionid (4905): Gateway in port (10000) did not respond.';
    expect(anyIds(text)).toEqual([]);
  });

  it("reads MATLAB's 'client lost connection to worker' as no error (c201-044)", () => {
    const text =
      'The client lost connection to worker 3. This might be due to network problems, or the interactive communicating job might have errored.';
    expect(anyIds(text)).toEqual([]);
  });

  it("reads R curl's Schannel revocation failure as no error (c201-049)", () => {
    const text =
      'Error in curl::curl_fetch_memory(x$url$url, handle = x$url$handle) : \n  schannel: next InitializeSecurityContext failed: Unknown error (0x80092012) - The revocation function was unable to check revocation for the certificate.';
    expect(anyIds(text)).toEqual([]);
  });
});
