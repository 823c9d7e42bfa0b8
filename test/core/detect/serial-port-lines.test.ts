import { describe, expect, it } from 'vitest';
import { anyIds, detectErrors } from '../../helpers/detect.js';

describe("pyserial's lock failure on a serial port", () => {
  it('reads no EAGAIN when another process holds the port (corpus c31-050)', () => {
    // OctoPrint's terminal: flock() on /dev/ttyUSB0 failed, no socket was involved.
    const text =
      "Unexpected error while connecting to serial port: /dev/ttyUSB0 SerialException: '[Errno 11] Could not exclusively lock port /dev/ttyUSB0: [Errno 11] Resource temporarily unavailable' @ comm.py:_openSerial:2611 (hook default)";
    expect(detectErrors(text)).toEqual([]);
  });

  it('still reads a socket EAGAIN with no lock wording near', () => {
    const text = '    data = sock.recv(4096)\nBlockingIOError: [Errno 11] Resource temporarily unavailable';
    expect(anyIds(text)).toContain('EAGAIN');
  });
});
