import { describe, expect, it } from 'vitest';
import { anyIds, highIds } from '../../helpers/detect.js';

/** Lines of real pastes from corpus round 13 (`test/fixtures/corpus/round13.jsonl`, ids c13-…). */
describe("detectErrors leaves redis-rb's own 'Connection timed out' alone", () => {
  it('ignores Redis::TimeoutError in the forms Ruby and Rails print it', () => {
    // sidekiq/sidekiq issues #3669, #1671 and #3264.
    expect(anyIds('Error message\nRedis::TimeoutError: Connection timed out')).toEqual([]);
    expect(anyIds('Redis::TimeoutError (Connection timed out)')).toEqual([]);
    const uncaught =
      "vendor/bundle/ruby/2.3.0/gems/redis-3.3.2/lib/redis/connection/ruby.rb:111:in `rescue in _write_to_socket': Connection timed out (Redis::TimeoutError)";
    expect(anyIds(uncaught)).toEqual([]);
  });

  it('ignores it when an error tracker prints the class on the line above (lagotto/lagotto issue #606)', () => {
    expect(anyIds('**Redis::TimeoutError** in **sidekiq#default**\nConnection timed out')).toEqual([]);
    expect(
      anyIds('Error type\tRedis::TimeoutError\nError message\tConnection timed out\nWhere\tsidekiq#'),
    ).toEqual([]);
  });

  it("ignores Sidekiq's fetch error when the frame below is redis-rb's `rescue in io' (sidekiq/sidekiq issue #1236)", () => {
    const text =
      "2013-10-08T18:45:05Z 2 TID-17s47s ERROR: Error fetching message: Connection timed out\n2013-10-08T18:45:05Z 2 TID-17s47s ERROR: /app/vendor/bundle/ruby/1.9.1/gems/redis-3.0.4/lib/redis/client.rb:208:in `rescue in io'";
    expect(anyIds(text)).toEqual([]);
  });

  it("still reads the OS's ETIMEDOUT from a Redis socket and elsewhere in Ruby", () => {
    // sidekiq/sidekiq issue #846: a real Errno::ETIMEDOUT from the socket write.
    const write =
      '(Errno::ETIMEDOUT) "Connection timed out\n/app/vendor/bundle/ruby/1.9.1/gems/redis-3.0.3/lib/redis/connection/ruby.rb:238:in`write\'';
    expect(highIds(write)).toEqual(['10060']);
    expect(highIds('Errno::ETIMEDOUT: Connection timed out - connect(2) for "10.0.0.5" port 22')).toEqual([
      '10060',
    ]);
  });
});
