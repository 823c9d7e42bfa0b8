import { describe, expect, it } from 'vitest';
import { anyIds, highIds } from '../../helpers/detect.js';

/** Lines from network printing, point-of-sale and scanner pastes, from real pastes of corpus round 188. */
describe("detectErrors leaves pyusb's USB transfer timeouts alone", () => {
  it("does not read pyusb's 'USBError: [Errno 110]' from a USB receipt printer as a socket timeout (odoo/odoo issue #2778)", () => {
    expect(anyIds('USBError: [Errno 110] Operation Timed Out')).toEqual([]);
  });

  it("does not read pyusb's repr 'USBError(110, …)' in the PosBox log as a socket timeout (odoo/odoo issue #18698)", () => {
    const text =
      "2017-08-05 21:49:05,859 1144 ERROR ? openerp.addons.hw_escpos.controllers.main: Can not get printer description: USBError(110, 'Operation timed out')";
    expect(anyIds(text)).toEqual([]);
  });

  it("does not read newer pyusb's USBTimeoutError with errno 110 as a socket timeout", () => {
    expect(anyIds('usb.core.USBTimeoutError: [Errno 110] Operation timed out')).toEqual([]);
  });

  it('still reads a socket errno 110 from Python in the same kind of log', () => {
    expect(highIds('TimeoutError: [Errno 110] Connection timed out')).toEqual(['10060']);
  });

  it('still reads a refused connect to a network receipt printer (abhigkar/YHK-Cat-Thermal-Printer issue #4)', () => {
    expect(highIds('ConnectionRefusedError: [Errno 111] Connection refused')).toEqual(['10061']);
  });
});
