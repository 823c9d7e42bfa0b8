import { describe, expect, it } from 'vitest';
import { checkPayload } from '../../../src/adapters/slack/check-payload.js';
import { SLACK_LIMITS } from '../../../src/adapters/slack/limits.js';
import { commandSchema, messageEventSchema } from '../../../src/adapters/slack/schemas.js';

const message = (fields: Record<string, unknown>) =>
  checkPayload(messageEventSchema, { type: 'message', channel: 'C1', ts: '1.000100', ...fields });

describe('Slack payload schemas', () => {
  it('reads text fields of the wrong type as absent instead of refusing the message', () => {
    const parsed = message({ text: 42, attachments: 'x', blocks: { type: 'section' }, thread_ts: 7 });
    expect(parsed).toMatchObject({ success: true, data: { channel: 'C1', text: undefined } });
    if (!parsed.success) return;
    expect(parsed.data.attachments).toBeUndefined();
    expect(parsed.data.blocks).toBeUndefined();
    expect(parsed.data.thread_ts).toBeUndefined();
  });

  it('keeps the readable parts of a list and cuts it to Slack’s own limit', () => {
    const fields = Array.from({ length: SLACK_LIMITS.inbound.fields + 5 }, (_, i) => ({ title: `t${i}` }));
    const parsed = message({ attachments: [{ text: 'ok', fields }, 'not an attachment', null] });
    if (!parsed.success) throw new Error(parsed.issue);
    expect(parsed.data.attachments?.[0]?.fields).toHaveLength(SLACK_LIMITS.inbound.fields);
    expect(parsed.data.attachments?.slice(1)).toEqual([{}, {}]);
  });

  it('leaves out a malformed file and reads at most as many files as a message carries', () => {
    const files = [
      { id: 'F1', mode: 'snippet' },
      { name: 'no id' },
      ...Array.from({ length: 12 }, (_, i) => ({ id: `F${i + 2}` })),
    ];
    const parsed = message({ files });
    if (!parsed.success) throw new Error(parsed.issue);
    expect(parsed.data.files?.map((f) => f.id)).toEqual([
      'F1',
      ...Array.from({ length: 8 }, (_, i) => `F${i + 2}`),
    ]);
  });

  it('refuses a message without a channel, naming the field', () => {
    expect(checkPayload(messageEventSchema, { type: 'message', ts: '1.0' })).toEqual({
      success: false,
      issue: expect.stringMatching(/^channel: /),
    });
    expect(message({ channel: '' })).toEqual({ success: false, issue: expect.stringMatching(/^channel: /) });
  });

  it('reads a slash command whose text is missing as an empty command', () => {
    expect(checkPayload(commandSchema, { user_id: 'U1', channel_id: 'C1' })).toMatchObject({
      success: true,
      data: { text: '' },
    });
  });
});
