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
