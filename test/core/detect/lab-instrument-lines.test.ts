import { describe, expect, it } from 'vitest';
import { anyIds, highIds } from '../../helpers/detect.js';

/** Laboratory, accelerator and instrument-control software's own forms of an OS error, from real pastes of corpus round 137. */
describe("detectErrors reads LabVIEW's error 63 text as a refused connect", () => {
  it("reads the text after LabVIEW's hex code at high confidence (c137-016)", () => {
    const text =
      '2. If TCP network connection is attempted in LabView, error message occurs: "LabVIEW: (Hex 0x3F) The network connection was refused by the server."';
    expect(highIds(text)).toEqual(['10061']);
  });

  it("reads LabVIEW's 'Possible reason(s)' form of the same error", () => {
    const text =
      'Error 63 occurred at TCP Open Connection in Client.vi\nPossible reason(s):\nLabVIEW:  The network connection was refused by the server.';
    expect(highIds(text)).toEqual(['10061']);
  });

  it("leaves LabVIEW's bare error numbers without their text alone (c67-038)", () => {
    expect(anyIds('But almost one minure i received  the Error 66 ,Error 62   from the server.')).toEqual([]);
  });
});

describe("detectErrors leaves EPICS Channel Access tools' own search timeout alone", () => {
  it("drops 10060 from caget's 'Channel connect timed out' (c137-040)", () => {
    const text =
      "E           RuntimeError: caget failed: Channel connect timed out: 'enum' not found.\nE           CA Client Library: Ignored duplicate create channel response from CA server?";
    expect(anyIds(text)).toEqual([]);
  });

  it('leaves the several-PV form alone as well', () => {
    expect(anyIds('Channel connect timed out: some PV(s) not found.')).toEqual([]);
  });

  it("still reads Java's 'connect timed out' elsewhere", () => {
    expect(anyIds('java.net.SocketTimeoutException: connect timed out')).toEqual(['10060']);
  });
});

describe("detectErrors reads Channel Access and instrument sockets' OS errors", () => {
  it("reads libca's circuit problem quoting the reset (c137-001)", () => {
    const text =
      'Unexpected problem with CA circuit to server "172.17.0.2:36857" was "Connection reset by peer" - disconnecting\nCA.Client.Exception...............................................\n    Warning: "Virtual circuit disconnect"';
    expect(highIds(text)).toEqual(['10054']);
  });

  it("leaves libca's 'Virtual circuit unresponsive' warning alone (c137-019)", () => {
    const text =
      'CA.Client.Exception...............................................\n    Warning: "Virtual circuit unresponsive"\n    Context: "ioc8idi1.xray.aps.anl.gov:5064"\n    Source File: ../tcpiiu.cpp line 920';
    expect(anyIds(text)).toEqual([]);
  });

  it("leaves VISA's own timeout alone (c137-024)", () => {
    expect(
      anyIds(
        'pyvisa.errors.VisaIOError: VI_ERROR_TMO (-1073807339): Timeout expired before operation completed.',
      ),
    ).toEqual([]);
  });
});
