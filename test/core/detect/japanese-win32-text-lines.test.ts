import { describe, expect, it } from 'vitest';
import { anyIds, detectErrors } from '../../helpers/detect.js';

/** Each finding as `[id, confidence]`, to pin how sure the detector is. */
const levels = (text: string) => detectErrors(text).map((f) => [f.id, f.confidence]);

/**
 * Round 222: Windows' ja-JP texts of two Win32 errors that overlapped socket I/O returns, which the
 * zh-CN and English entries already read. No paste with them was found, only weak evidence (code
 * comparing results with them, a test fixture, a developer's note): medium on their own, high only
 * where the number names the error.
 */
describe('Windows’ ja-JP texts of ERROR_CONNECTION_REFUSED and ERROR_SEM_TIMEOUT', () => {
  it('reads ERROR_CONNECTION_REFUSED (1225) high next to its number, medium alone', () => {
    expect(
      levels('OSError: [WinError 1225] リモート コンピューターによりネットワーク接続が拒否されました。'),
    ).toEqual([['10061', 'high']]);
    expect(
      levels(
        'SocketException: リモート コンピューターによりネットワーク接続が拒否されました。 (OS Error: リモート コンピューターによりネットワーク接続が拒否されました。, errno = 1225), address = 127.0.0.1, port = 53317',
      ),
    ).toEqual([['10061', 'high']]);
    // An app's message copying the text (find_string index id 54078043803): no number, medium.
    expect(
      levels("SnackBar(content: Text('❌ リモート コンピューターによりネットワーク接続が拒否されました。'))"),
    ).toEqual([['10061', 'medium']]);
  });

  it('reads ERROR_SEM_TIMEOUT (121) at medium after a socket caller only', () => {
    expect(levels('OSError: [WinError 121] セマフォがタイムアウトしました。')).toEqual([['10060', 'medium']]);
    expect(
      levels(
        'SocketException: セマフォがタイムアウトしました。 (OS Error: セマフォがタイムアウトしました。, errno = 121)',
      ),
    ).toEqual([['10060', 'medium']]);
    // A serial port's IOException says the same (find_string index id 44523547529): no socket, nothing.
    expect(anyIds('System.IO.IOException: セマフォがタイムアウトしました。')).toEqual([]);
  });
});
