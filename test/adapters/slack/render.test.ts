import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SLACK_LIMITS } from '../../../src/adapters/slack/limits.js';
import { renderSlackReply, SHORTENED_NOTE } from '../../../src/adapters/slack/render.js';
import { REPLY_KINDS, type Reply } from '../../../src/core/reply/model.js';
import { checkSlackMessage } from '../../fakes/slack/check-slack-message.js';
import { flattenSlackMessage, wouldPing } from '../../fakes/slack/read-posted-message.js';

const explanation: Reply = {
  kind: 'explanation',
  title: 'WSAECONNRESET (10054) · Connection reset by peer',
  subtitle: 'reset · retry: maybe',
  sections: [
    { text: 'The other side tore the connection down with a TCP RST.' },
    { heading: 'Likely causes', items: ['the server restarted', 'a load balancer idle timeout'] },
    {
      fields: [
        { label: 'Linux', value: 'ECONNRESET (104)', inline: true },
        { label: 'HRESULT', value: '`0x80072746`', inline: true },
        { label: 'Check first', value: '`ss -tan state time-wait | wc -l`' },
      ],
    },
  ],
  footer: 'Details: /sockerr 10054',
  actions: [{ id: 'share', label: 'Share in channel', value: 'en:10054' }],
  fallback: 'WSAECONNRESET (10054): Connection reset by peer',
};

const json = (value: unknown) => JSON.stringify(value);

describe('renderSlackReply', () => {
  it('renders a reply as a header, a context subtitle, sections, a footer and a share button', () => {
    const message = renderSlackReply(explanation);
    expect(message.blocks.map((b) => b.type)).toEqual([
      'header',
      'context',
      'section',
      'section',
      'section',
      'section',
      'context',
      'actions',
    ]);
    expect(message.text).toBe('WSAECONNRESET (10054): Connection reset by peer');
    const visible = flattenSlackMessage(message as never);
    expect(visible).toContain('*Likely causes*\n• the server restarted\n• a load balancer idle timeout');
    expect(visible).toContain('*Check first*\n`ss -tan state time-wait | wc -l`');
    expect(json(message.blocks)).toContain('"action_id":"share"');
    expect(json(message.blocks)).toContain('"value":"en:10054"');
    expect(checkSlackMessage(message as never)).toBeUndefined();
  });

  it('puts inline fields side by side, at most ten to a section', () => {
    const fields = Array.from({ length: 23 }, (_, i) => ({ label: `OS ${i}`, value: `${i}`, inline: true }));
    const message = renderSlackReply({ ...explanation, sections: [{ fields }] });
    const sections = message.blocks.filter((b) => b.type === 'section');
    expect(sections.map((s) => ('fields' in s ? s.fields?.length : 0))).toEqual([10, 10, 3]);
  });

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

  it('splits a long section at line breaks instead of cutting it', () => {
    const lines = Array.from({ length: 120 }, (_, i) => `line ${i} ${'x'.repeat(40)}`);
    const message = renderSlackReply({ ...explanation, sections: [{ text: lines.join('\n') }], actions: [] });
    const sections = message.blocks.filter((b) => b.type === 'section');
    expect(sections.length).toBeGreaterThan(1);
    const visible = flattenSlackMessage(message as never);
    for (const line of lines) expect(visible).toContain(line);
    expect(visible).not.toContain('Shortened');
  });

  it('cuts a reply that would break Slack limits and says so, keeping the title, footer and button', () => {
    const sections = Array.from({ length: 200 }, (_, i) => ({
      heading: `Error ${i}`,
      text: 'y'.repeat(5000),
    }));
    const message = renderSlackReply({ ...explanation, title: 'T'.repeat(400), sections });
    expect(checkSlackMessage(message as never)).toBeUndefined();
    expect(message.blocks.length).toBeLessThanOrEqual(SLACK_LIMITS.blocks);
    const types = message.blocks.map((b) => b.type);
    expect(types[0]).toBe('header');
    expect(types.slice(-2)).toEqual(['context', 'actions']);
    expect(json(message.blocks.at(-3))).toContain(SHORTENED_NOTE);
    const header = message.blocks[0] as { text: { text: string } };
    expect(header.text.text).toHaveLength(SLACK_LIMITS.headerText);
    expect(header.text.text.endsWith('…')).toBe(true);
  });

  it('cuts at most 50 blocks even when every block is small', () => {
    const sections = Array.from({ length: 80 }, (_, i) => ({ text: `short ${i}` }));
    const message = renderSlackReply({ ...explanation, sections });
    expect(message.blocks).toHaveLength(SLACK_LIMITS.blocks);
    expect(json(message.blocks)).toContain(SHORTENED_NOTE);
  });

  it('never ends a cut text in the middle of an escaped character', () => {
    const message = renderSlackReply({ ...explanation, title: '&'.repeat(200), fallback: '<'.repeat(5000) });
    const header = message.blocks[0] as { text: { text: string } };
    expect(header.text.text).toMatch(/^(&amp;)+…$/);
    expect(message.text).toMatch(/^(&lt;)+…$/);
    expect(message.text.length).toBeLessThanOrEqual(SLACK_LIMITS.fallbackText);
  });

  it('leaves out a share button whose value Slack would reject rather than corrupt it', () => {
    const message = renderSlackReply({
      ...explanation,
      actions: [{ id: 'share', label: 'Share', value: 'v'.repeat(2001) }],
    });
    expect(message.blocks.some((b) => b.type === 'actions')).toBe(false);
  });

  it('always has a fallback text for notifications', () => {
    expect(renderSlackReply({ ...explanation, fallback: '' }).text).toBe(
      'WSAECONNRESET (10054) · Connection reset by peer',
    );
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

  it("uses core's shortened note, in the reply's language, when it gives one", () => {
    const sections = Array.from({ length: 80 }, (_, i) => ({ text: `section ${i}` }));
    const message = renderSlackReply({ ...explanation, sections, shortenedNote: '✂ 內容過長，已截短。' });
    expect(json(message.blocks)).toContain('✂ 內容過長，已截短。');
    expect(message.blocks.length).toBeLessThanOrEqual(50);
  });

  it('gives each kind of button its own action_id: share, more, and share_1 for a second share', () => {
    const message = renderSlackReply({
      ...explanation,
      actions: [
        { id: 'share', label: 'Share in channel', value: 'en:10054' },
        { id: 'more', label: 'All causes and checks', value: 'en:10054' },
        { id: 'share', label: 'Share the other', value: 'en:10061' },
      ],
    });
    const buttons = message.blocks.flatMap((b) => (b.type === 'actions' ? b.elements : []));
    expect(buttons.map((b) => ('action_id' in b ? b.action_id : undefined))).toEqual([
      'share',
      'more',
      'share_1',
    ]);
    expect(checkSlackMessage(message as never)).toBeUndefined();
  });

  it('puts only the opening paragraphs of the reply in the notification text', () => {
    const fallback = [
      'Title',
      'subtitle',
      '',
      'The summary.',
      '',
      'Likely causes:',
      `  • ${'x'.repeat(500)}`,
    ].join('\n');
    const message = renderSlackReply({ ...explanation, fallback });
    expect(message.text).toBe('Title\nsubtitle\n\nThe summary.');
    // Without blocks to carry it, the whole text is the message.
    const bare = renderSlackReply({ kind: 'usage', title: '', sections: [], actions: [], fallback });
    expect(bare.blocks).toEqual([]);
    expect(bare.text).toContain('x'.repeat(500));
  });

  it('renders a frozen reply once, and the same message every time after', () => {
    const frozen = structuredClone(explanation);
    Object.freeze(frozen);
    const first = renderSlackReply(frozen);
    expect(renderSlackReply(frozen)).toBe(first);
    expect(Object.isFrozen(first.blocks)).toBe(true);
    expect(renderSlackReply(structuredClone(explanation))).not.toBe(first);
  });

  it('renders the frozen sections of a kept explanation once, under whatever buttons a reply adds', () => {
    // As core keeps an explanation: frozen, its sections too.
    const kept: Reply = Object.freeze({ ...explanation, sections: structuredClone(explanation.sections) });
    Object.freeze(kept.sections);
    const feedback = { id: 'helpful', label: 'Helpful', value: 'Ev1' } as const;
    const first = renderSlackReply({ ...kept, actions: [...kept.actions, feedback] });
    const second = renderSlackReply({ ...kept, actions: [...kept.actions, { ...feedback, value: 'Ev2' }] });
    expect(first).toEqual(
      renderSlackReply(structuredClone({ ...explanation, actions: [...kept.actions, feedback] })),
    );
    expect(second.blocks[2]).toBe(first.blocks[2]);
    expect(JSON.stringify(second.blocks.at(-1))).toContain('Ev2');
  });

  it('joins the opening paragraphs with one blank line whatever blank lines parted them', () => {
    const message = renderSlackReply({ ...explanation, fallback: 'Title\n \nThe summary.\n\t\nMore.\n\n' });
    expect(message.text).toBe('Title\n\nThe summary.\n\nMore.');
  });
});
