import { describe, expect, it } from 'vitest';
import { detectErrors, highIds } from '../../helpers/detect.js';

/** Job queues' and workflow engines' broker and database connections (corpus round 88). */
describe("detectErrors leaves Ruby's own connect deadline alone", () => {
  it("finds nothing in redis-client's 'Connection timed out - user specified timeout' (exercism/website issue #6281, c88-037)", () => {
    const bugsnag =
      '**RedisClient::CannotConnectError** in **/usr/local/lib/ruby/3.2.0/socket.rb:65**\nConnection timed out - user specified timeout\n\n## Stacktrace\n\n    /usr/local/lib/ruby/3.2.0/socket.rb:65 - connect_internal';
    expect(detectErrors(bugsnag)).toEqual([]);
  });

  it('finds nothing in the Errno::ETIMEDOUT class Ruby prints after that message (net-smtp on Ruby 3.1 in GitLab)', () => {
    const trace =
      "/opt/gitlab/embedded/lib/ruby/gems/3.1.0/gems/net-smtp-0.3.3/lib/net/smtp.rb:645:in `rescue in tcp_socket': Timeout to open TCP connection to smtp.163.com:456 (exceeds 30 seconds) (Net::OpenTimeout)\n/opt/gitlab/embedded/lib/ruby/3.1.0/socket.rb:61:in `connect_internal': Connection timed out - user specified timeout (Errno::ETIMEDOUT)";
    expect(detectErrors(trace)).toEqual([]);
  });

  it("still reads the OS's timeout from connect(2) (chef-boneyard/chef-provisioning issue #380, c64-037)", () => {
    const trace =
      '    Errno::ETIMEDOUT\n    ----------------\n    Connection timed out - connect(2) for "www.chef.io" port 443';
    expect(highIds(trace)).toEqual(['10060']);
  });

  it('still reads a refusal beside the deadline', () => {
    const log =
      'Redis::CannotConnectError: Error connecting to Redis on 127.0.0.1:6379 (Errno::ECONNREFUSED)\nRedisClient::CannotConnectError: Connection timed out - user specified timeout';
    expect(highIds(log)).toEqual(['10061']);
  });
});

describe('detectErrors reads the queues’ wrappers around real socket errors', () => {
  it("reads Celery's consumer line with redis-py's Error 99 (ViktorSalimonov/pylette issue #14, c88-042)", () => {
    const line =
      'worker_1  ERROR/MainProcess] consumer: Cannot connect to redis://localhost:6379/0: Error 99 connecting to localhost:6379. Cannot assign requested address.';
    expect(highIds(line)).toEqual(['10049']);
  });

  it("reads Faktory's 'Bad connection' read reset (contribsys/faktory issue #369, c88-029)", () => {
    const line = 'Bad connection: read tcp XX.X.X.XXX:7419->XX.X.X.XXX:25831: read: connection reset by peer';
    expect(highIds(line)).toEqual(['10054']);
  });
});
