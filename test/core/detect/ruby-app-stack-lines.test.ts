import { describe, expect, it } from 'vitest';
import { anyIds, highIds } from '../../helpers/detect.js';

/** Lines of Ruby application stacks from real pastes of corpus round 213 (`test/fixtures/corpus/round213.jsonl`, ids c213-…). */
describe("detectErrors reads Unicorn's own word for a listener's EADDRINUSE", () => {
  it("reads 'adding listener failed addr=… (in use)' as 10048 (travis-ci/travis-api issue 150)", () => {
    const text =
      'E, [2014-11-26T21:46:45.287268 #15714] ERROR -- : adding listener failed addr=0.0.0.0:3000 (in use)\nE, [2014-11-26T21:46:45.287353 #15714] ERROR -- : retrying in 0.5 seconds (4 tries left)';
    expect(highIds(text)).toEqual(['10048']);
  });

  it("leaves an '(in use)' that no Unicorn listener line comes before", () => {
    expect(anyIds('disk /dev/sdb1 (in use)')).toEqual([]);
  });
});

describe('detectErrors leaves Ruby libraries’ own deadlines and verdicts alone', () => {
  it("leaves Sidekiq's 'Error fetching job: Connection timed out' from redis-rb's own timeout (sidekiq/sidekiq issue 4014)", () => {
    const text =
      '2018-11-07T21:02:40.820Z 6937 TID-1iro7t WARN: Redis::TimeoutError: Connection timed out\n2018-11-07T21:02:43.701Z 6937 TID-1isoqx ERROR: Error fetching job: Connection timed out';
    expect(highIds(text)).toEqual([]);
  });

  it("leaves Kamal's 'container not ready (unhealthy)' (basecamp/kamal issue 691)", () => {
    const text =
      '  ERROR (Kamal::Cli::Healthcheck::Poller::HealthcheckError): Exception while executing on host 45.55.196.152: container not ready (unhealthy)';
    expect(anyIds(text)).toEqual([]);
  });
});
