import { describe, expect, it } from 'vitest';
import { anyIds, detectErrors } from '../../helpers/detect.js';

/** Each finding as `[id, confidence]`, to pin how sure the detector is. */
const levels = (text: string) => detectErrors(text).map((f) => [f.id, f.confidence]);

/**
 * Round 235: a fourth set of ordinary pastes of common forms. SQLAlchemy's pool checkout deadline
 * says `connection timed out` in its own words; a title cuts the message before its `, timeout N`
 * and people retell it, and neither is the OS's ETIMEDOUT. Python's EMFILE with the file it could not
 * open is no socket's, as the other runtimes' file forms were not.
 */
describe('ordinary pastes: SQLAlchemy’s pool deadline', () => {
  it('reads nothing in a title that cuts the QueuePool message before its timeout (c235-036)', () => {
    expect(
      anyIds(
        'sqlalchemy.exc.TimeoutError: QueuePool limit of size 5 overflow 10 reached, connection timed out\n\n  File "/home/ftuser/.local/lib/python3.13/site-packages/sqlalchemy/engine/base.py", line 3273, in connect\n    return self._connection_cls(self)',
      ),
    ).toEqual([]);
  });

  it('reads nothing in a retelling of it (c235-037)', () => {
    expect(
      anyIds(
        'QueuePool limit overflow; connection timed out\n\nOccasionally I get the following error when hitting the database too frequently:\n`b\'{"error":"QueuePool limit of size 1 overflow 1 reached, connection timed out, timeout 30 (Background on this error at: http://sqlalche.me/e/3o7r)"}\\n\'`',
      ),
    ).toEqual([]);
  });

  it('still reads the OS’s timeout the database driver gives below a pool’s frames', () => {
    expect(
      levels(
        'File "/usr/lib/python3/site-packages/sqlalchemy/pool/impl.py", line 145, in _do_get\n    with util.safe_reraise():\n  File "/usr/lib/python3/site-packages/psycopg2/__init__.py", line 122, in connect\n    conn = _connect(dsn, connection_factory=connection_factory, **kwasync)\nsqlalchemy.exc.OperationalError: (psycopg2.OperationalError) could not connect to server: Connection timed out\n\tIs the server running on host "10.0.0.5" and accepting\n\tTCP/IP connections on port 5432?',
      ),
    ).toEqual([['10060', 'high']]);
  });
});

describe('ordinary pastes: the descriptor limit hit opening a file', () => {
  it('reads nothing in Python’s EMFILE that names the file it could not open (c235-064)', () => {
    expect(
      anyIds("OSError: [Errno 24] Too many open files: './VOC2012//JPEGImages/2008_008190.jpg'"),
    ).toEqual([]);
    expect(anyIds("IOError: [Errno 24] Too many open files: 'data/train/1.jpg'")).toEqual([]);
    expect(anyIds('OSError: [Errno 24] Too many open files: "/tmp/it\'s.png"')).toEqual([]);
  });

  it('still reads the bare EMFILE and the socket calls’ forms', () => {
    // Python names no file for a socket call (accept, socket, dup of a received descriptor).
    expect(levels('OSError: [Errno 24] Too many open files')).toEqual([['10024', 'high']]);
    expect(levels('Errno::EMFILE: Too many open files - accept(2)')).toEqual([['10024', 'high']]);
    expect(levels('dial tcp 10.0.0.5:5432: socket: too many open files')).toEqual([['10024', 'high']]);
  });
});
