import { describe, expect, it } from 'vitest';
import { anyIds, highIds } from '../../helpers/detect.js';

/**
 * Twisted, Scrapy, Tornado, gevent and eventlet lines, from real pastes of corpus round 79
 * (`test/fixtures/corpus/round79.jsonl`).
 */
describe("detectErrors reads Python event-loop frameworks' lines", () => {
  it("gives gevent's LoopExit no finding: its hub ran dry, no call would block", () => {
    // ceph/calamari issue #533, psycopg/psycogreen issue #6, gevent/gevent issue #368.
    expect(
      anyIds(
        '  File "/opt/calamari/venv/lib/python2.7/site-packages/gevent/hub.py", line 338, in switch\n    return greenlet.switch(self)\ngevent.hub.LoopExit: This operation would block forever',
      ),
    ).toEqual([]);
    expect(anyIds('gevent.exceptions.LoopExit:This operation would block forever?')).toEqual([]);
    expect(anyIds('Error:gevent.hub.LoopExit: This operation would block forever')).toEqual([]);
  });

  it("still reads musl's EAGAIN text on a socket next to gevent", () => {
    expect(highIds('socket recv failed: Operation would block')).toEqual(['EAGAIN']);
  });

  it("reads the OS number after Twisted's TCPTimedOutError when its text is lost or cut", () => {
    // scrapy-plugins/scrapy-splash issue #170; LiuXingMing/SinaSpider issue #68 (GBK read as U+FFFD).
    expect(
      highIds('[QUESTION]wisted.internet.error.TCPTimedOutError: TCP connection timed out: 10060:'),
    ).toEqual(['10060']);
    expect(
      highIds(
        '[scrapy.downloadermiddlewares.retry] DEBUG: Retrying <GET http://weibo.cn/5235640836/fans> (failed 1 times): TCP connection timed out: 10060: \uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD',
      ),
    ).toEqual(['10060']);
    expect(highIds('TCP connection timed out: 110: Connection timed out.')).toEqual(['10060']);
  });

  it("gives Scrapy's and Tornado's own deadlines and Twisted's closes no finding", () => {
    expect(
      anyIds(
        'Retrying <GET https://www.ettoday.net/> (failed 2 times): User timeout caused connection failure: Getting https://www.ettoday.net/ took longer than 180.0 seconds..',
      ),
    ).toEqual([]);
    expect(anyIds('tornado.simple_httpclient.HTTPTimeoutError: Timeout while connecting')).toEqual([]);
    expect(anyIds('tornado.iostream.StreamClosedError: Stream is closed')).toEqual([]);
    expect(
      anyIds(
        "[Failure instance: Traceback (failure with no frames): <class 'twisted.internet.error.ConnectionLost'>: Connection to the other side was lost in a non-clean fashion. ]",
      ),
    ).toEqual([]);
  });
});
