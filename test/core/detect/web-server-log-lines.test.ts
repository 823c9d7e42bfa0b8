import { describe, expect, it } from 'vitest';
import { anyIds, highIds } from '../../helpers/detect.js';

/** Lines of classic web servers' own error logs from real pastes of corpus round 82 (`test/fixtures/corpus/round82.jsonl`, ids c82-…). */
describe("detectErrors reads uWSGI's SIGPIPE handler", () => {
  it("reads 'SIGPIPE: writing to a closed pipe/socket/fd … on request' alone as EPIPE (unbit/uwsgi issue 1623)", () => {
    const text =
      'Tue Feb 27 16:56:18 2018 - SIGPIPE: writing to a closed pipe/socket/fd (probably the client disconnected) on request /api/some-api/ (ip xxx) !!!';
    expect(highIds(text)).toEqual(['EPIPE']);
  });

  it('leaves the handler line without a request below auto-reply (the signal may come from another pipe)', () => {
    const text =
      'Wed Jun 30 06:06:39 2021 - SIGPIPE: writing to a closed pipe/socket/fd (probably the client disconnected) !!!';
    expect(highIds(text)).toEqual([]);
    expect(anyIds(text)).toEqual(['EPIPE']);
  });
});

describe("detectErrors leaves Apache's and uWSGI's own deadlines and codes alone", () => {
  it("leaves APR_TIMEUP '(70007)The timeout specified has expired' before AH01102 alone (allianceauth/allianceauth issue 1036)", () => {
    const text =
      '[Tue Apr 24 14:35:07.971403 2018] [proxy_http:error] [pid 6395] (70007)The timeout specified has expired: [client 181.29.23.88:59894] AH01102: error reading status line from remote server 127.0.0.1:8000';
    expect(anyIds(text)).toEqual([]);
  });

  it("leaves mod_proxy_ajp's own AJP_ENO_HEADER '(120006)APR does not understand this error code' alone", () => {
    const text =
      '[Sun Mar 29 04:05:33 2009] [error] (120006)APR does not understand this error code: proxy: read response failed from (null) (localhost)';
    expect(anyIds(text)).toEqual([]);
  });

  it("leaves mod_proxy's '(502)Unknown error 502' (an HTTP status through strerror) alone (bsudy/saml-proxy pull request 1)", () => {
    const text =
      '[Tue Sep 10 18:22:52.959291 2013] [proxy:error] [pid 19531] (502)Unknown error 502: [client 173.xx.xx.xx:9558] AH01084: pass request body failed to 184.xx.xx.xx:2096 (184.xx.xx.xx), referer: https://domain.com:2096';
    expect(anyIds(text)).toEqual([]);
  });

  it("leaves uWSGI's listen-queue warning and its write TIMEOUT alone", () => {
    const text =
      'Tue May 31 13:51:28 2022 - *** uWSGI listen queue of socket ":3030" (fd: 4) full !!! (101/100) ***\nuwsgi_response_write_body_do() TIMEOUT !!!\nOSError: write error';
    expect(anyIds(text)).toEqual([]);
  });
});
