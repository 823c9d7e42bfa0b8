import { describe, expect, it } from 'vitest';
import { SLACK_LIMITS } from '../../../src/adapters/slack/limits.js';
import { renderSlackReply, SHORTENED_NOTE } from '../../../src/adapters/slack/render.js';
import { checkSlackMessage } from '../../fakes/slack/check-slack-message.js';
import { flattenSlackMessage } from '../../fakes/slack/read-posted-message.js';
import { explanation, json } from './render-fixtures.js';

describe('renderSlackReply', () => {
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

  it("uses core's shortened note, in the reply's language, when it gives one", () => {
    const sections = Array.from({ length: 80 }, (_, i) => ({ text: `section ${i}` }));
    const message = renderSlackReply({ ...explanation, sections, shortenedNote: '✂ 內容過長，已截短。' });
    expect(json(message.blocks)).toContain('✂ 內容過長，已截短。');
    expect(message.blocks.length).toBeLessThanOrEqual(50);
  });
});
