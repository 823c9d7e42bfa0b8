import { describe, expect, it } from 'vitest';
import { anyIds, highIds } from '../../helpers/detect.js';

/**
 * Server hardware and power management tools (corpus round 157): Network UPS Tools' upsc and upsmon,
 * apcupsd's clients, Redfish clients and exporters, ipmitool and FreeIPMI. NUT's upsclient prints
 * strerror after 'Connection failure:', 'Write error:' or 'Read error:'; upsmon's 'Poll UPS [' names
 * the upsd connection those belong to. ipmitool's session failures, Redfish libraries' retry errors
 * and UPS drivers' stale-data notices carry no OS error.
 */
describe("NUT's upsclient errors are read by their strerror", () => {
  it('reads upsc\'s "Connection failure: Connection refused" as a refusal (c157-001, c157-003)', () => {
    expect(highIds('sudo upsc apc@localhost\nError: Connection failure: Connection refused')).toEqual([
      '10061',
    ]);
  });

  it('reads upsmon\'s connect failure with "No route to host" and "Address not available" (c157-045, c157-047)', () => {
    expect(
      highIds(
        'Error: Command failed: upsc ups@192.168.2.8:3495\nError: Connection failure: No route to host',
      ),
    ).toEqual(['10065']);
    expect(
      highIds(
        '39859.509375    UPS [CP1500EPFCLCD@localhost]: connect failed: Connection failure: Address not available',
      ),
    ).toEqual(['10049']);
  });

  it('reads "Poll UPS [...] failed - Write error: Broken pipe" as EPIPE on the upsd socket (c157-012)', () => {
    expect(
      highIds('Apr 28 18:00:04 nas upsmon[1012]: Poll UPS [ups] failed - Write error: Broken pipe'),
    ).toEqual(['EPIPE']);
  });

  it('keeps a "write error: Broken pipe" without upsmon\'s poll below auto-reply', () => {
    expect(highIds('cat: write error: Broken pipe')).toEqual([]);
    expect(highIds('Write error: Broken pipe')).toEqual([]);
  });
});

describe("upsmon's and the UPS drivers' own words are left alone", () => {
  it('leaves "Data stale" and "Communications with UPS lost" (c157-035, c157-036)', () => {
    const text = [
      'Jan 16 06:52:21 host-1 upsd[2000]: Data for UPS [host-1] is stale - check driver',
      'Jan 16 06:52:24 host-1 upsmon[2003]: Poll UPS [host-1@localhost] failed - Data stale',
      'Jan 16 06:52:24 host-1 upsmon[2003]: Communications with UPS host-1@localhost lost',
    ].join('\n');
    expect(anyIds(text)).toEqual([]);
  });

  it('leaves upsclient\'s "Server disconnected" (c157-050)', () => {
    expect(anyIds('  60.088024 Poll UPS [remote@192.168.40.4] failed - Server disconnected')).toEqual([]);
  });

  it('leaves a serial UPS driver\'s "Can\'t connect to the UPS on port" (c157-037)', () => {
    expect(
      anyIds(
        "No response from UPS on /dev/ttyUSB6 with baudrate 9600\nCan't connect to the UPS on port /dev/ttyUSB6!",
      ),
    ).toEqual([]);
  });
});

describe('apcupsd clients', () => {
  it('reads asyncio\'s "[Errno 111] Connect call failed" toward apcupsd (c157-007)', () => {
    expect(
      highIds("Error fetching apcupsd data: [Errno 111] Connect call failed ('192.168.1.161', 3551)"),
    ).toEqual(['10061']);
  });

  it("leaves apcaccess's socket.timeout from its own deadline (c157-042)", () => {
    expect(highIds('sock.connect((host, port))\nsocket.timeout: timed out')).toEqual([]);
  });
});

describe('Redfish clients and BMC exporters', () => {
  it("reads urllib3's errno 113 and Windows' 10060 toward a BMC (c157-043, c157-044)", () => {
    expect(
      highIds(
        "HTTPSConnectionPool(host='REDACTED', port=443): Max retries exceeded with url: /redfish/v1/ (Caused by NewConnectionError('<urllib3.connection.HTTPSConnection object at 0x7f8b3b051460>: Failed to establish a new connection: [Errno 113] No route to host'))",
      ),
    ).toEqual(['10065']);
    expect(
      highIds(
        'Failed to establish a new connection: [WinError 10060] A connection attempt failed because the connected party did not properly respond after a period of time',
      ),
    ).toEqual(['10060']);
  });

  it("leaves python-redfish-library's RetriesExhaustedError and RemoteDisconnected (c157-021, c157-025)", () => {
    expect(anyIds('    raise RetriesExhaustedError()\nredfish.rest.v1.RetriesExhaustedError')).toEqual([]);
    expect(anyIds('http.client.RemoteDisconnected: Remote end closed connection without response')).toEqual(
      [],
    );
  });

  it('leaves an exporter scrape deadline and a TLS error (c157-026, c157-031)', () => {
    expect(
      anyIds(
        'net/http: request canceled (Client.Timeout exceeded while awaiting headers)\nproxyconnect tcp: tls: first record does not look like a TLS handshake',
      ),
    ).toEqual([]);
  });
});

describe("ipmitool's and FreeIPMI's session failures", () => {
  it('leaves "Unable to establish IPMI v2 / RMCP+ session" and RAKP errors (c157-013, c157-016)', () => {
    const text = [
      'Error: Received an Unexpected Open Session Response',
      'RAKP 2 message indicates an error : illegal parameter',
      'Error: Unable to establish IPMI v2 / RMCP+ session',
    ].join('\n');
    expect(anyIds(text)).toEqual([]);
  });

  it("leaves FreeIPMI's driver timeout (c157-028)", () => {
    expect(anyIds('error running bmc-info: exit status 1: ipmi_cmd_get_device_id: driver timeout')).toEqual(
      [],
    );
  });
});
