import { describe, expect, it } from 'vitest';
import { anyIds, highIds } from '../../helpers/detect.js';

/** Lines from VoIP and telephony servers and their clients, from real pastes of corpus round 78. */
describe("detectErrors ignores the Asterisk Manager Interface's own 'Permission denied'", () => {
  it('reads no EACCES when an AMI action was sent before Login (AsterNET/AsterNET issue #214)', () => {
    const text =
      'If restart asterisk, there is chance to lose ami connection.\nReason:\nSometime pingAction send before loginAction and we get "Permission denied" error.';
    expect(anyIds(text)).toEqual([]);
  });

  it("reads no EACCES in AMI's raw error response on a connected socket", () => {
    const text = 'Connected to 127.0.0.1:5038\nResponse: Error\nActionID: 3\nMessage: Permission denied';
    expect(highIds(text)).toEqual([]);
  });

  it('still reads a socket call denied with EACCES', () => {
    expect(highIds('connect() to 127.0.0.1:5038 failed (13: Permission denied)')).toEqual(['10013']);
  });
});

describe("detectErrors reads Android bionic's text for EOPNOTSUPP", () => {
  it('finds it in baresip registering from a phone (baresip/baresip issue #3664)', () => {
    expect(anyIds(' SIP register failed: Operation not supported on transport endpoint [95]')).toEqual([
      '10045',
    ]);
  });

  it('reads it at high confidence after a socket call', () => {
    expect(highIds('sendmsg: Operation not supported on transport endpoint')).toEqual(['10045']);
  });

  it('keeps it below high confidence for a file operation on Android storage', () => {
    const text = "ln: failed to create hard link 'b' => 'a': Operation not supported on transport endpoint";
    expect(highIds(text)).toEqual([]);
  });
});
