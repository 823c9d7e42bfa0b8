import { describe, expect, it } from 'vitest';
import { testCore } from '../../helpers/core.js';
import { createSlackHarness } from './harness.js';

describe('the Slack adapter at start', () => {
  it('warms its own Web API client with one api.test, beside Bolt’s auth.test, and starts even if it fails', async () => {
    const h = await createSlackHarness({ mode: 'http', core: testCore().core });
    h.fake.failNext('api.test', { status: 500 });
    await h.start();
    expect(h.fake.calls.map((c) => c.method)).toEqual(expect.arrayContaining(['auth.test', 'api.test']));
    expect(h.fake.callsTo('api.test')).toHaveLength(1);
    expect(h.adapter.connected?.()).toBe(true);
    await h.stop();
  });
});
