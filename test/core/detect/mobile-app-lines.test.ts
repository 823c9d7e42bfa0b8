import { describe, expect, it } from 'vitest';
import { detectErrors, highIds } from '../../helpers/detect.js';

describe("Dart's socket errors on iOS and macOS", () => {
  it('reads Darwin ETIMEDOUT in an OS Error as a connect timeout (corpus c42-051)', () => {
    // Dart prints OSError as 'OS Error: <strerror>, errno = <n>'; Darwin's text and number for ETIMEDOUT.
    const text = 'Another exception was thrown: SocketException: OS Error: Operation timed out, errno = 60,';
    expect(highIds(text), JSON.stringify(detectErrors(text))).toEqual(['10060']);
  });

  it('reads the newer Dart form with the message before the OS Error too', () => {
    const text =
      'SocketException: Operation timed out (OS Error: Operation timed out, errno = 60), address = api.example.com, port = 51234';
    expect(highIds(text), JSON.stringify(detectErrors(text))).toEqual(['10060']);
  });

  it("leaves a client's own deadline that says 'Operation timed out' without an errno alone", () => {
    expect(highIds('curl: (28) Operation timed out after 30001 milliseconds with 0 bytes received')).toEqual(
      [],
    );
  });
});

describe("Apple CFNetwork's TCP connection log lines", () => {
  it("reads iOS 11's 'TCP Conn … Failed : error 0:<errno>' as Darwin's errno", () => {
    const text = 'TCP Conn 0x1c4572300 Failed : error 0:61 [61]';
    expect(highIds(text), JSON.stringify(detectErrors(text))).toEqual(['10061']);
  });

  it("reads 'TIC TCP Conn Failed [..]: 1:<errno> Err(<errno>)' in the POSIX domain", () => {
    const text = 'TIC TCP Conn Failed [17:0x1c4169480]: 1:61 Err(61)';
    expect(highIds(text), JSON.stringify(detectErrors(text))).toEqual(['10061']);
  });

  it('leaves the resolver domain (12) and a read status without Err(…) alone', () => {
    expect(highIds('TIC TCP Conn Failed [9:0x1c0165400]: 12:8 Err(-65554)')).toEqual([]);
    expect(highIds('TIC Read Status [129:0x281798300]: 1:53')).toEqual([]);
  });
});

describe("Java's socket write error outside a SocketException line", () => {
  it("reads 'Broken pipe (Write failed)' as EPIPE (corpus c42-160)", () => {
    // Maestro wraps the JDK's SocketException message in its own IOException about the apk.
    const text =
      'java.io.IOException: Failed to install apk /tmp/maestro-app.apk: Broken pipe (Write failed)';
    expect(highIds(text), JSON.stringify(detectErrors(text))).toEqual(['EPIPE']);
  });

  it("leaves a pipe's bare 'Broken pipe' under a file stream alone", () => {
    const text = 'java.io.IOException: Broken pipe\n\tat java.io.FileOutputStream.writeBytes(Native Method)';
    expect(highIds(text)).toEqual([]);
  });
});
