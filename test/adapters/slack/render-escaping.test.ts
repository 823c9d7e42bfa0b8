import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderSlackReply } from '../../../src/adapters/slack/render.js';
import { REPLY_KINDS, type Reply } from '../../../src/core/reply/model.js';
import { checkSlackMessage } from '../../fakes/slack/check-slack-message.js';
import { flattenSlackMessage, wouldPing } from '../../fakes/slack/read-posted-message.js';
import { explanation, json } from './render-fixtures.js';

describe('renderSlackReply', () => {
  it('escapes &, < and > in every string, so nothing can mention or link', () => {
    const hostile = '<!channel> <@U123> <https://evil.example|click> a & b';
    const message = renderSlackReply({
      kind: 'not-found',
      title: hostile,
      subtitle: hostile,
      sections: [
        { heading: hostile, text: hostile, items: [hostile], fields: [{ label: hostile, value: hostile }] },
      ],
      footer: hostile,
      actions: [{ id: 'share', label: hostile, value: 'en:x' }],
      fallback: hostile,
    });
    const out = json(message);
    expect(out).not.toMatch(/[<>]/);
    expect(out).toContain('&lt;!channel&gt; &lt;@U123&gt;');
    expect(out).toContain('a &amp; b');
    expect(wouldPing(message as never)).toBe(false);
    expect(flattenSlackMessage(message as never)).toContain('<!channel> <@U123>');
  });

  it('marks every mrkdwn text verbatim, so a bare @here is not turned into a mention', () => {
    const message = renderSlackReply({ ...explanation, sections: [{ text: '@here @channel @everyone' }] });
    const mrkdwn = json(message.blocks).match(/"type":"mrkdwn"[^}]*/g) ?? [];
    expect(mrkdwn.length).toBeGreaterThan(0);
    for (const object of mrkdwn) expect(object).toContain('"verbatim":true');
    expect(wouldPing(message as never)).toBe(false);
  });

  it('produces a message Slack accepts, with nothing unescaped, for any reply', () => {
    // Short strings, and long ones dense with what Slack escapes or counts specially.
    const tricky = fc.constantFrom('a', 'é', '&', '<', '>', '\n', ' ', '`', '*', '😀', '@here');
    const text = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 40 }),
      fc.string({ unit: tricky, minLength: 1500, maxLength: 7000 }),
    );
    const shareValue = fc.constantFrom('en:10054', 'zh-TW:EPIPE', 'en:11001');
    const reply = fc.record({
      kind: fc.constantFrom(...REPLY_KINDS),
      title: text,
      subtitle: fc.option(text, { nil: undefined }),
      sections: fc.array(
        fc.record(
          {
            heading: text,
            text,
            items: fc.array(text, { maxLength: 20 }),
            fields: fc.array(fc.record({ label: text, value: text, inline: fc.boolean() }), {
              maxLength: 25,
            }),
          },
          { requiredKeys: [] },
        ),
        { maxLength: 60 },
      ),
      footer: fc.option(text, { nil: undefined }),
      // Action values are core's opaque `locale:id` tokens, handed back unrendered: never user text.
      actions: fc.array(
        fc.record({ id: fc.constantFrom('share' as const, 'more' as const), label: text, value: shareValue }),
        {
          maxLength: 3,
        },
      ),
      fallback: text,
    });
    fc.assert(
      fc.property(reply, (r) => {
        const message = renderSlackReply(r as Reply);
        return checkSlackMessage(message as never) === undefined && !/[<>]/.test(json(message));
      }),
      { numRuns: 150 },
    );
  });
});
