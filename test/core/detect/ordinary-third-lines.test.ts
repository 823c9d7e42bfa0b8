import { describe, expect, it } from 'vitest';
import { anyIds, detectErrors } from '../../helpers/detect.js';

/** Each finding as `[id, confidence]`, to pin how sure the detector is. */
const levels = (text: string) => detectErrors(text).map((f) => [f.id, f.confidence]);

/**
 * Round 227: a third set of ordinary pastes of common forms. Go's socket write error shortened to its
 * syscall part, as people retell it in a title (`write: broken pipe`), and Chrome's page for a refused
 * connection without its code (`localhost refused to connect.`).
 */
describe('ordinary pastes: Go’s shortened broken pipe', () => {
  it('reads Go’s `write: broken pipe` alone as EPIPE, sure: only Go’s net package prints it so (c227-003, c22-133)', () => {
    expect(levels('write: broken pipe\n\nTell me why there may be an error **write: broken pipe**?')).toEqual(
      [['EPIPE', 'high']],
    );
    expect(
      levels(
        'after of 1 hour of data loading I get `write: broken pipe` and datanode complaining following:\n ```2019-11-26 14:54:15,470 INFO org.apache.hadoop.hdfs.server.datanode.DataNode: Exception for BP-1891900421-10.123.0.30-1410884922197:blk_3907796936_1102775082918',
      ),
    ).toEqual([['EPIPE', 'high']]);
  });

  it('still reads the whole Go error, and no file’s or shell pipe’s broken pipe', () => {
    expect(levels('write tcp 172.18.0.9:43290->192.168.1.101:3493: write: broken pipe')).toEqual([
      ['EPIPE', 'high'],
    ]);
    // Go names a file it wrote (`write /dev/stdout: broken pipe`, `write |1: broken pipe`); C's perror
    // and coreutils print glibc's capital (`write: Broken pipe`, `yes: standard output: Broken pipe`).
    expect(anyIds('panic: write /dev/stdout: broken pipe')).toEqual([]);
    expect(anyIds('exec: write |1: broken pipe')).toEqual([]);
    expect(anyIds('cat big.log | ./filter | head\nwrite: Broken pipe')).toEqual([]);
    expect(anyIds('yes: standard output: Broken pipe')).toEqual([]);
    // Julia prints libuv's text the same way with its name after it, for a pipe as for a socket
    // (find_string ids 38319160181, 9163038741): it keeps the reading EPIPE's symbol gives, low.
    expect(
      levels(
        'ERROR: LoadError: IOError: write: broken pipe (EPIPE)\nStacktrace:\n  [1] uv_write(s::Base.PipeEndpoint, p::Ptr{UInt8}, n::UInt64)\n    @ Base ./stream.jl:1066',
      ),
    ).toEqual([['EPIPE', 'low']]);
    expect(levels('┌ Warning: Base.IOError("write: broken pipe (EPIPE)", -32)')).toEqual([['EPIPE', 'low']]);
  });
});

describe('ordinary pastes: Chrome’s page for a refused connection, without its code', () => {
  it('reads `<host> refused to connect.` under the page’s heading on its line as sure (c227-030; find_string id 51773107955)', () => {
    expect(
      levels(
        'RishabhSoni01 · comment · 2022-03-02\nWhen the localhost refused to connect error message appears, it is likely because the port is not correctly configured. However, other reasons, such as insufficient permissions or the [Apache web server](https://www.hostinger.in/tutorials/what-is-apache) not running properly might also cause the error “this site can’t be reached localhost refused to connect.”',
      ),
    ).toEqual([['10061', 'high']]);
    expect(
      levels('This site can’t be reachedlocalhost refused to connect.\nTry:\n\nChecking the connection'),
    ).toEqual([['10061', 'high']]);
    // Edge heads the same Chromium page otherwise (find_string id 67552310033).
    expect(
      levels(
        '"Hmmm… can\'t reach this page localhost refused to connect. Try: Search the web for localhost Checking the connection"',
      ),
    ).toEqual([['10061', 'high']]);
  });

  it('reads the page’s line alone at low, as words in lower case may be prose: Chrome prints it for a frame the site refuses too (c178-009)', () => {
    expect(
      levels(
        'I think the `react-scripts start` should at least show a html file without any server side data. Instead, it is `localhost refused to connect.`. I am using `react-scripts: "5.0.0"`',
      ),
    ).toEqual([['10061', 'low']]);
    expect(levels('This site can’t be reached\ndashboard.pd.local refused to connect.\nTry:')).toEqual([
      ['10061', 'low'],
    ]);
  });

  it('reads nothing in a frame’s refusal, the content security policy’s, or the words without the page’s period', () => {
    // Chromium shows ERR_BLOCKED_BY_RESPONSE (X-Frame-Options, frame-ancestors) with the same line under
    // another heading (components/error_page localized_error.cc; find_string ids 2014397150, 59905457915).
    expect(
      anyIds(
        'Sites like YouTube and Vimeo send `X-Frame-Options: SAMEORIGIN` on their normal "watch" pages, so the browser refuses to render them in an iframe and shows "www.youtube.com refused to connect."',
      ),
    ).toEqual([]);
    expect(
      anyIds(
        "Refused to connect to 'ws://localhost:8000/' because it violates the following Content Security Policy directive: \"connect-src chrome://resources chrome://theme 'self'\".",
      ),
    ).toEqual([]);
    expect(
      anyIds(
        'When submitting the form through the test server, you get the error:\n\n<test-server-host> refused to connect',
      ),
    ).toEqual([]);
  });
});
