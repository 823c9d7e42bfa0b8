import { describe, expect, it } from 'vitest';
import { anyIds, highIds } from '../../helpers/detect.js';

/** Ruby's HTTP clients and network gems as their errors are pasted, from real pastes of corpus round 102. */
describe("detectErrors reads Errno::EPIPE in Ruby's socket library frames as a socket's", () => {
  it("reads Broken pipe raised in Net::HTTP's request writer (c102-024)", () => {
    const text =
      "233 /home/travis/.rvm/rubies/ruby-2.0.0-rc1/lib/ruby/2.0.0/net/http/generic_request.rb:184:in `write': Broken pipe (Errno::EPIPE)\n234 from /home/travis/.rvm/rubies/ruby-2.0.0-rc1/lib/ruby/2.0.0/net/http/generic_request.rb:184:in `copy_stream'";
    expect(highIds(text)).toEqual(['EPIPE']);
  });

  it("reads Broken pipe above Net::BufferedIO's write in net/protocol.rb (c102-025, c102-028)", () => {
    const text =
      "Errno::EPIPE: Broken pipe\n    from /Users/kris/.rvm/rubies/ruby-1.9.3-p362/lib/ruby/1.9.1/net/protocol.rb:199:in `write'\n    from /Users/kris/.rvm/rubies/ruby-1.9.3-p362/lib/ruby/1.9.1/net/protocol.rb:199:in`write0'";
    expect(highIds(text)).toEqual(['EPIPE']);
  });

  it("reads Broken pipe above an SSL socket's syswrite in openssl/buffering.rb (c102-026, c102-027)", () => {
    const text =
      "Errno::EPIPE: Broken pipe\n        from /Users/alindeman/.rvm/rubies/ruby-1.9.3-p125/lib/ruby/1.9.1/openssl/buffering.rb:318:in `syswrite'\n        from /Users/alindeman/.rvm/rubies/ruby-1.9.3-p125/lib/ruby/1.9.1/openssl/buffering.rb:318:in `do_write'";
    expect(highIds(text)).toEqual(['EPIPE']);
  });

  it("still reads Broken pipe in a Ruby script's own frames as no socket error", () => {
    const text =
      "/opt/cloudruby/mpg123player.rb:18:in `write': Broken pipe (Errno::EPIPE)\n    from /opt/cloudruby/mpg123player.rb:18:in `puts'\n    from /opt/cloudruby/mpg123player.rb:18:in `play'";
    expect(highIds(text)).toEqual([]);
  });

  it('needs the library file name, not a mention of the library', () => {
    expect(
      highIds('Errno::EPIPE: Broken pipe while piping the output of my net/http script to head'),
    ).toEqual([]);
  });
});

describe("detectErrors leaves Ruby clients' own deadlines and wrappers alone", () => {
  it("leaves Net::HTTP's read and open deadlines alone (c102-033, c102-039, c102-040)", () => {
    expect(
      anyIds(
        "/usr/local/lib/ruby/3.3.0/net/protocol.rb:229:in `rbuf_fill': Net::ReadTimeout with #<TCPSocket:(closed)> (Faraday::TimeoutError)",
      ),
    ).toEqual([]);
    expect(anyIds('Net::OpenTimeout: execution expired')).toEqual([]);
    expect(
      anyIds(
        '**Net::OpenTimeout** in **Communication::Website::SyncWithGitJob@mice**\nFailed to open TCP connection to gitlab.huma-num.fr:443 (user specified timeout for 134.158.33.194:443)',
      ),
    ).toEqual([]);
  });

  it("leaves rest-client's ServerBrokeConnection and Bunny's ClientTimeout alone (c102-047, c102-050)", () => {
    expect(anyIds('RestClient::ServerBrokeConnection: Server broke connection')).toEqual([]);
    expect(
      anyIds(
        'WARN -- #<Bunny::Session:0x2fb4808 admin@myserver.com:5672, vhost=/, addresses=[myserver.com:5672]>: Could not establish TCP connection to myserver.com:5672: Bunny::ClientTimeout',
      ),
    ).toEqual([]);
  });

  it("reads Ruby's connect(2) errors inside the gems' wrappers (c102-001, c102-010)", () => {
    expect(
      highIds(
        'ERROR: The node localhost:54864 is not responding, 599:Failed to open TCP connection to localhost:54864 (Connection refused - connect(2) for "localhost" port 54864) (RuntimeError)',
      ),
    ).toEqual(['10061']);
    expect(
      highIds(
        'Could not establish TCP connection to localhost:5672: Cannot assign requested address - connect(2) for [::1]:5672',
      ),
    ).toEqual(['10049']);
  });
});
