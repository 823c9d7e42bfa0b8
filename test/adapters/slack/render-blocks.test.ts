import { describe, expect, it } from 'vitest';
import { renderSlackReply } from '../../../src/adapters/slack/render.js';
import { checkSlackMessage } from '../../fakes/slack/check-slack-message.js';
import { flattenSlackMessage } from '../../fakes/slack/read-posted-message.js';
import { explanation, json } from './render-fixtures.js';

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
});
