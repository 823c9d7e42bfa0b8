import { describe, expect, it } from 'vitest';
import { createVerdicts, waitsForVerdict } from '../../../src/adapters/slack/delivery-verdict.js';

describe('createVerdicts', () => {
  it('refuses events in the first ten minutes of a store outage, then acknowledges them, and refuses again in the next outage', () => {
    let now = 0;
    const verdictFor = createVerdicts(() => now);
    expect(verdictFor('store-unavailable')).toBe('store_unavailable');
    now = 9 * 60_000;
    expect(verdictFor('store-unavailable')).toBe('store_unavailable');
    // Slack's four tries of an event span about 5 minutes: past this, refusing saves nothing, and
    // an hour of refusals would get the app's event subscriptions disabled.
    now = 10 * 60_000;
    expect(verdictFor('store-unavailable')).toBe('taken');
    expect(verdictFor('no-findings')).toBe('taken');
    now += 1;
    expect(verdictFor('store-unavailable')).toBe('store_unavailable');
  });

  it('refuses a redelivery held by another decision, whatever the store did, and takes every other decision', () => {
    const verdictFor = createVerdicts(() => 0);
    expect(verdictFor('in-progress')).toBe('in_progress');
    expect(verdictFor(undefined)).toBe('taken');
    expect(verdictFor('duplicate')).toBe('taken');
  });
});

describe('waitsForVerdict', () => {
  it('holds the ack of message and app_mention events only', () => {
    const event = (type: string) => ({ type: 'event_callback', event: { type } });
    expect(waitsForVerdict(event('message'))).toBe(true);
    expect(waitsForVerdict(event('app_mention'))).toBe(true);
    expect(waitsForVerdict(event('file_shared'))).toBe(false);
    expect(waitsForVerdict(event('app_home_opened'))).toBe(false);
    expect(waitsForVerdict({ command: '/sockerr' })).toBe(false);
  });
});
