import { describe, expect, it } from 'vitest';
import { anyIds, highIds } from '../../helpers/detect.js';

/** Lines from test infrastructure (Appium, Testcontainers, Selenium Grid, Karma, Jest), from corpus round 200. */
describe("detectErrors reads Appium's usbmux refusal as a refused connect", () => {
  it("reads appium-ios-device's 'Connection was refused to port' under the iProxy prefix (appium/appium #13939)", () => {
    expect(highIds('[iProxy@7db05ee6] Error: Connection was refused to port 8100')).toEqual(['10061']);
  });

  it('reads the refusal beside the WD proxy reset it causes (appium/appium-desktop #1203)', () => {
    const text =
      '[iProxy@0394d...] Connection was refused to port 8100\n[WD Proxy] Got an unexpected response with status undefined: {"code":"ECONNRESET"}';
    expect(highIds(text)).toEqual(['10054', '10061']);
  });

  it("still reads the WD proxy's own ECONNREFUSED toward WebDriverAgent (c200-017)", () => {
    const text =
      '15:18:16 [WD Proxy] Got an unexpected response with status undefined: {"errno":-61,"code":"ECONNREFUSED","syscall":"connect","address":"127.0.0.1","port":8100}';
    expect(highIds(text)).toEqual(['10061']);
  });
});

describe('detectErrors reads the OS errors that test harnesses wrap', () => {
  it("reads Java's Windows refusal when Testcontainers cannot reach Ryuk (c200-001)", () => {
    const text =
      'WARN  org.testcontainers.utility.ResourceReaper (ResourceReaper.java:188) - Can not connect to Ryuk at localhost:49154\njava.net.ConnectException: Connection refused: connect';
    expect(highIds(text)).toEqual(['10061']);
  });

  it("reads Apache HttpClient's connect timeout in a Grid 2 node's registration line (c200-020)", () => {
    const text =
      "21:22:13.982 INFO - Couldn't register this node: The hub is down or not respondi\nng: Connect to 10.76.176.120:4444 [/10.76.176.121] failed: Connection timed out: con\nnect";
    expect(highIds(text)).toEqual(['10060']);
  });

  it("reads .NET's SocketException (99) from Docker.DotNet as EADDRNOTAVAIL (c200-026)", () => {
    expect(
      highIds(
        'System.Net.Http.HttpRequestException: Connection failed.\n ---> System.Net.Sockets.SocketException (99): Cannot assign requested address',
      ),
    ).toEqual(['10049']);
  });

  it("reads moto_server's bind failure (c200-008)", () => {
    expect(highIds('socket.error: [Errno 98] Address already in use')).toEqual(['10048']);
  });
});

describe("detectErrors keeps test tools' own failures apart from socket errors", () => {
  it("reads no error in Testcontainers' wait-strategy timeout (c200-027)", () => {
    expect(
      anyIds(
        'org.testcontainers.containers.ContainerLaunchException: Timed out waiting for container port to open (localhost ports: [32781] should be listening)',
      ),
    ).toEqual([]);
  });

  it("reads no error in Testcontainers' own socket check and .NET validation (c200-030, c200-031)", () => {
    expect(anyIds('DOCKER_HOST unix:///var/run/docker.sock is not listening')).toEqual([]);
    expect(anyIds('System.ArgumentException: Docker is either not running or misconfigured.')).toEqual([]);
  });

  it('reads no error in a missing or forbidden Docker socket file (c200-034, c200-036)', () => {
    expect(
      anyIds(
        "docker.errors.DockerException: Error while fetching server API version: ('Connection aborted.', FileNotFoundError(2, 'No such file or directory'))",
      ),
    ).toEqual([]);
    expect(
      anyIds(
        'permission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock: dial unix /var/run/docker.sock: connect: permission denied',
      ),
    ).toEqual([]);
  });

  it("reads no error in Karma's capture timeout and Jest's open-handle report (c200-037, c200-039)", () => {
    expect(anyIds('WARN [launcher]: Chrome have not captured in 60000 ms, killing.')).toEqual([]);
    expect(
      anyIds(
        'Jest has detected the following 1 open handle potentially keeping Jest from exiting:\n\n  ●  TCPSERVERWRAP',
      ),
    ).toEqual([]);
  });

  it("reads no error in MockServer's bind wrapper without its cause, nor in Grid's node-down verdict (c200-046, c200-048)", () => {
    expect(anyIds('java.lang.RuntimeException: Exception while binding MockServer to port 1234')).toEqual([]);
    expect(
      anyIds('Marking the node http://10.0.2.15:5555 as down: cannot reach the node for 2 tries'),
    ).toEqual([]);
  });
});
