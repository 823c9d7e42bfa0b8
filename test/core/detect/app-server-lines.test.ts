import { describe, expect, it } from 'vitest';
import { anyIds, highIds } from '../../helpers/detect.js';

/** Lines of application servers behind a reverse proxy from real pastes of corpus round 26 (`test/fixtures/corpus/round26.jsonl`, ids c26-…). */
describe("detectErrors reads uWSGI's socket write errors", () => {
  it("reads 'Broken pipe [core/writer.c line N]' above Python's 'write error' (unbit/uwsgi issue 375)", () => {
    const text =
      'uwsgi_response_write_headers_do(): Broken pipe [core/writer.c line 193]\nIOError: write error';
    expect(highIds(text)).toEqual(['EPIPE']);
  });

  it("reads the HTTPS router's 'Broken pipe [plugins/http/https.c line N]' (unbit/uwsgi issue 2058)", () => {
    const text =
      '[uwsgi-http key: (address here) client_addr: (ip here) client_port: (port here)] hr_ssl_write(): Broken pipe [plugins/http/https.c line 332';
    expect(highIds(text)).toEqual(['EPIPE']);
  });

  it("leaves a 'Broken pipe' from uWSGI's logging pipe below auto-reply", () => {
    expect(highIds('uwsgi_log(): Broken pipe [core/logging.c line 120]')).toEqual([]);
  });

  it("leaves uWSGI's own 'write error' and block-size lines alone", () => {
    const text = 'invalid request block size: 6871 (max 4096)...skip\nuwsgi IOError: write error:';
    expect(anyIds(text)).toEqual([]);
  });
});

describe("detectErrors reads Ruby app servers' EPIPE on their sockets", () => {
  it("reads Passenger's 'Exception Errno::EPIPE in Passenger RequestHandler' (phusion/passenger issue 561)", () => {
    const text =
      "It seems the user clicked on the 'Stop' button in his browser.**\\* Exception \nErrno::EPIPE in Passenger RequestHandler (Broken pipe) (process 42141)";
    expect(highIds(text)).toEqual(['EPIPE']);
  });

  it("reads Puma's 'Read error: #<Errno::EPIPE: Broken pipe>' (puma/puma issue 368)", () => {
    const text =
      "2013-09-10 03:22:46 +0200: Read error: #<Errno::EPIPE: Broken pipe>\n/shared/bundle/ruby/1.9.1/gems/puma-2.4.0/lib/puma/server.rb:667:in `syswrite'";
    expect(highIds(text)).toEqual(['EPIPE']);
  });

  it("leaves a Ruby Errno::EPIPE from a child process's pipe below auto-reply (kulpae/cloudruby issue 2)", () => {
    const text = "/opt/cloudruby/mpg123player.rb:18:in `write': Broken pipe (Errno::EPIPE)";
    expect(highIds(text)).toEqual([]);
  });
});

describe("detectErrors reads Tomcat's ClientAbortException", () => {
  it("reads the JDK's 'Broken pipe' inside a bare ClientAbortException (killbill/killbill issue #2284)", () => {
    const text =
      'Runtime Error `ClientAbortException: java.io.IOException: Broken pipe` when accessing `/api.html`';
    expect(highIds(text)).toEqual(['EPIPE']);
  });

  it('leaves a ClientAbortException without a cause message alone (greengerong/prerender-java issue #20)', () => {
    const text =
      '03:14:00.565 [http-bio-8080-exec-24] WARN  warn - Handler execution resulted in exception\norg.apache.catalina.connector.ClientAbortException: null';
    expect(anyIds(text)).toEqual([]);
  });
});
