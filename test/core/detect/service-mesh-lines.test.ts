import { describe, expect, it } from 'vitest';
import { anyIds, highIds } from '../../helpers/detect.js';

/** Lines from service meshes and Envoy-based gateways, from real pastes of corpus round 51. */
describe("detectErrors reads Envoy's response code details, where spaces became underscores", () => {
  it("reads 'delayed_connect_error:_111' as a refused connect (istio/istio issue #48267)", () => {
    const text =
      'upstream_reset_before_response_started{remote_connection_failure,delayed_connect_error:_111';
    expect(highIds(text)).toEqual(['10061']);
  });

  it("reads the same errno as Envoy's 503 body prints it", () => {
    const text =
      'upstream connect error or disconnect/reset before headers. reset reason: remote connection failure, transport failure reason: delayed connect error: 110';
    expect(highIds(text)).toEqual(['10060']);
  });

  it('finds nothing in a reset reason that carries no errno', () => {
    expect(anyIds('upstream_reset_before_response_started{connection_termination}')).toEqual([]);
    expect(anyIds('503 upstream_reset_before_response_started{local reset} LR')).toEqual([]);
  });
});
