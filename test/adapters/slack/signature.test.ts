import { describe, expect, it } from 'vitest';
import { hasValidSlackSignature } from '../../../src/adapters/slack/signature.js';
import { signSlackRequest } from '../../fakes/slack/slack-requests.js';

const SECRET = '8f742231b10e8888abcd99yyyzzz85a5';
const NOW_MS = 1_700_000_000_000;
const body = 'command=%2Fsockerr&text=10054&user_id=U1&channel_id=C1';

const request = (overrides: Partial<{ secret: string; timestampSec: number; raw: string }> = {}) => {
  const timestampSec = overrides.timestampSec ?? NOW_MS / 1000;
  return {
    timestampSec,
    signature: signSlackRequest(overrides.secret ?? SECRET, timestampSec, overrides.raw ?? body),
    body: Buffer.from(body),
  };
};

describe('hasValidSlackSignature', () => {
  it('accepts a request signed with the secret over its exact bytes', () => {
    expect(hasValidSlackSignature(SECRET, request(), NOW_MS)).toBe(true);
  });

  it('refuses another secret, a changed body, and a signature of another version or length', () => {
    expect(hasValidSlackSignature(SECRET, request({ secret: 'another secret' }), NOW_MS)).toBe(false);
    expect(hasValidSlackSignature(SECRET, request({ raw: `${body}&text=10061` }), NOW_MS)).toBe(false);
    const good = request();
    const v1 = { ...good, signature: good.signature.replace(/^v0=/, 'v1=') };
    expect(hasValidSlackSignature(SECRET, v1, NOW_MS)).toBe(false);
    expect(hasValidSlackSignature(SECRET, { ...good, signature: good.signature.slice(0, -1) }, NOW_MS)).toBe(
      false,
    );
    expect(hasValidSlackSignature(SECRET, { ...good, signature: '' }, NOW_MS)).toBe(false);
  });

  it('refuses a request signed more than five minutes before or after now', () => {
    const at = (offsetSec: number) => request({ timestampSec: NOW_MS / 1000 + offsetSec });
    expect(hasValidSlackSignature(SECRET, at(-300), NOW_MS)).toBe(true);
    expect(hasValidSlackSignature(SECRET, at(300), NOW_MS)).toBe(true);
    expect(hasValidSlackSignature(SECRET, at(-301), NOW_MS)).toBe(false);
    expect(hasValidSlackSignature(SECRET, at(301), NOW_MS)).toBe(false);
  });

  it('refuses everything when no signing secret is configured, or the timestamp is not a number', () => {
    expect(hasValidSlackSignature('', request({ secret: '' }), NOW_MS)).toBe(false);
    expect(hasValidSlackSignature(SECRET, { ...request(), timestampSec: Number.NaN }, NOW_MS)).toBe(false);
  });
});
