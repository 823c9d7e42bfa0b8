import { describe, expect, it } from 'vitest';
import { checkSlackEnvelope } from '../../../src/adapters/slack/envelope.js';

const json = (value: unknown) => checkSlackEnvelope('application/json', JSON.stringify(value));
const form = (fields: Record<string, string>) =>
  checkSlackEnvelope('application/x-www-form-urlencoded', new URLSearchParams(fields).toString());
const event = (fields: Record<string, unknown>) => ({
  type: 'event_callback',
  team_id: 'T0001',
  event: { type: 'message', channel: 'C1', ...fields },
});

describe('checkSlackEnvelope', () => {
  it('hands a well-formed event to Bolt as it was sent, unknown keys and all', () => {
    const body = { ...event({ text: 'hi' }), api_app_id: 'A1', event_id: 'Ev1' };
    expect(json(body)).toEqual({ kind: 'bolt', body });
  });

  it('refuses an event that is a list, naming the field, where Bolt expects an object', () => {
    expect(json({ type: 'event_callback', event: [] })).toEqual({
      kind: 'reject',
      reason: expect.stringMatching(/^event: /),
    });
    expect(json(event({ item: [] }))).toMatchObject({
      kind: 'reject',
      reason: expect.stringMatching(/^event/),
    });
  });

  it('refuses a team id Bolt would look up on a plain object', () => {
    expect(json({ ...event({}), team_id: '__proto__' })).toMatchObject({ kind: 'reject' });
  });

  it('says what was expected without repeating what the sender wrote', () => {
    const secret = `${'x'.repeat(500)}-a-pasted-secret`;
    const verdict = json({ ...event({}), team_id: secret });
    expect(verdict).toEqual({
      kind: 'reject',
      reason: expect.stringMatching(/^team_id: invalid regex \(expected /),
    });
    expect(JSON.stringify(verdict)).not.toContain('pasted-secret');
  });

  it("acknowledges Slack's rate-limit notice and envelope types sockerr does not use", () => {
    expect(json({ type: 'app_rate_limited', minute_rate_limited: 1 })).toMatchObject({
      kind: 'ignore',
      reason: 'app_rate_limited',
    });
    expect(json({ type: 'something_new' })).toMatchObject({ kind: 'ignore' });
  });

  it('refuses a body without a type, and one that is not JSON', () => {
    expect(json({ event: {} })).toEqual({ kind: 'reject', reason: expect.stringMatching(/^type: /) });
    expect(checkSlackEnvelope('application/json', '{')).toEqual({
      kind: 'reject',
      reason: 'body is not JSON',
    });
  });

  it('refuses a button press without its actions, and a view event without its view', () => {
    const user = { id: 'U1' };
    const payload = (value: unknown) => form({ payload: JSON.stringify(value) });
    expect(payload({ type: 'block_actions', user })).toEqual({
      kind: 'reject',
      reason: 'body: actions must be a list of actions',
    });
    expect(payload({ type: 'block_actions', user, actions: [[]] })).toMatchObject({ kind: 'reject' });
    expect(payload({ type: 'view_submission', user })).toEqual({
      kind: 'reject',
      reason: 'body: view is missing',
    });
    expect(payload({ type: 'block_actions', user, actions: [{ action_id: 'x' }] })).toMatchObject({
      kind: 'bolt',
    });
  });

  it('hands a slash command to Bolt and refuses one without its user', () => {
    const command = { command: '/sockerr', text: '10054', user_id: 'U1', channel_id: 'C1' };
    expect(form(command)).toEqual({ kind: 'bolt', body: { ...command } });
    const { user_id: _, ...anonymous } = command;
    expect(form(anonymous)).toEqual({ kind: 'reject', reason: expect.stringMatching(/^user_id: /) });
  });
});
