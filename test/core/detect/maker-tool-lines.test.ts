import { describe, expect, it } from 'vitest';
import { anyIds, highIds } from '../../helpers/detect.js';

/**
 * Lines from 3D-printer and maker-tool software (OctoPrint and its plugins, Klipper's Moonraker and
 * its front ends, webcam streamers, slicers, Bambu Lab bridges), from real pastes of corpus round
 * 149. No rule was added for that round: these pin the forms it found already read, and the tools'
 * own codes it found already left alone (libArcus' error type, paho-mqtt's return codes, a slicer
 * plugin's return value), so that a later rule cannot lose them unseen.
 */
describe('detectErrors reads the socket errors maker tools print', () => {
  it("reads Fluidd's nginx refused by Moonraker (Arksine/moonraker issue #333)", () => {
    const text =
      '2022/01/16 22:26:51 [error] 445#445: *89 connect() failed (111: Connection refused) while connecting to upstream, client: 100.68.233.4, server: _, request: "GET /server/database/item?namespace=fluidd&key=uiSettings HTTP/1.1", upstream: "http://127.0.0.1:7125/server/database/item?namespace=fluidd&key=uiSettings", host: "100.66.8.95", referrer: "http://100.66.8.95/"';
    expect(highIds(text)).toEqual(['10061']);
  });

  it('reads the OctoPrint-Tasmota plugin failing to reach a plug (jneilliii/OctoPrint-Tasmota issue #100)', () => {
    const text =
      '[2020-11-06 20:25:09,520] ERROR: Invalid ip or unknown error connecting to 10.0.0.114.\nTraceback (most recent call last):\n  File "/home/pi/oprint/lib/python3.7/site-packages/urllib3/util/connection.py", line 74, in create_connection\n    sock.connect(sa)\nOSError: [Errno 113] No route to host';
    expect(highIds(text)).toEqual(['10065']);
  });

  it("reads aiohttp's count of resets against OctoPrint's API, not the script's error count (OctoPrint/OctoPrint issue #4764)", () => {
    const text =
      'Client 0: Error (61): ClientOSError [Errno 104] Connection reset by peer\nClient 5: Error (76): ServerDisconnectedError Server disconnected';
    expect(highIds(text)).toEqual(['10054']);
  });

  it("reads uStreamer's bind error under crowsnest (mainsail-crew/crowsnest issue #26)", () => {
    expect(highIds("Can't bind HTTP on [127.0.0.1]:8080: Address already in use")).toEqual(['10048']);
  });

  it("reads PrusaLink's name lookup failing on a Pi (prusa3d/Prusa-Link issue #890)", () => {
    const text =
      "Nov 20 14:41:58 prusa01 connect-printer[536]: ERROR: HTTPSConnectionPool(host='connect.prusa3d.com', port=443): Max retries exceeded with url: /p/telemetry (Caused by NewConnectionError('<urllib3.connection.HTTPSConnection object at 0x71349af0>: Failed to establish a new connection: [Errno -3] Temporary failure in name resolution')) {loop_step():744}";
    expect(highIds(text)).toEqual(['11002']);
  });

  it("reads the Octobullet plugin's webcam snapshot refused (kantlivelong/OctoPrint-PSUControl issue #57)", () => {
    const text =
      '2017-08-27 21:33:39,073 - octoprint.plugins.octobullet - ERROR - Exception while fetching snapshot from webcam, sending only a note: [Errno socket error] [Errno 111] Connection refused';
    expect(highIds(text)).toEqual(['10061']);
  });
});

describe("detectErrors leaves these tools' own codes alone", () => {
  it("finds nothing in libArcus' error type 13 on CuraEngine's orderly close (Ultimaker/Cura issue #3220)", () => {
    const text =
      '2018-02-12 08:54:29,375 - DEBUG - UM.Backend.Backend._onSocketError [203]: Socket debug: Arcus Error (13): Closing socket because other side requested close.';
    expect(anyIds(text)).toEqual([]);
  });

  it("finds nothing in paho-mqtt's return code 7 from a Bambu Lab printer (greghesp/ha-bambulab issue #1584)", () => {
    const text =
      '2025-10-19 19:09:08.709 WARNING (paho-mqtt-client-) [custom_components.bambu_lab.pybambu] On Disconnect: Printer disconnected with error code: 7\n2025-10-19 19:09:08.710 DEBUG (paho-mqtt-client-) [custom_components.bambu_lab.pybambu] _on_disconnect: Lost connection to the printer';
    expect(anyIds(text)).toEqual([]);
  });

  it("finds nothing in Bambu Studio's network agent return value (bambulab/BambuStudio issue #5902)", () => {
    const text =
      '2025-02-04 20:33:20.240654[Thread 0x000013d4]:Slic3r::NetworkAgent::send_message error: network_agent=0000025098AEC740, ret=-2, dev_id=0309DA4A1502044';
    expect(anyIds(text)).toEqual([]);
  });

  it('finds nothing in a missing Unix socket file given a URL for its path (odwdinc/DWIN_T5UIC1_LCD issue #14)', () => {
    expect(anyIds('"Unable to connect socket http://10.24.47.195 [2,ENOENT]"')).toEqual([]);
  });

  it("finds nothing in Octolapse's own script deadline and EPERM from os.kill (FormerLurker/Octolapse issue #547)", () => {
    const text =
      "2022-10-17 14:26:48,637 - octolapse.script - ERROR - The 'DSLR - Snapshot Camera Script' process has timed out before completing.  Attempting to kill the process.\n    os.kill(self.pid, sig)\nPermissionError: [Errno 1] Operation not permitted";
    expect(anyIds(text)).toEqual([]);
  });

  it("finds nothing in Moonraker's 503 when Klipper's socket is down (emtrax-ltd/Cura2MoonrakerPlugin issue #81)", () => {
    const text =
      'got an QNetworkReplyError Error transferring http://192.168.1.22:7125/printer/info - server replied: Klippy Host not connected. The server returned: b\'{"error": {"code": 503, "message": "Klippy Host not connected"';
    expect(anyIds(text)).toEqual([]);
  });
});
