import { describe, expect, it } from 'vitest';
import { renderSlackReply } from '../../../src/adapters/slack/render.js';
import { explanation } from './render-fixtures.js';

describe('renderSlackReply', () => {
  it('always has a fallback text for notifications', () => {
    expect(renderSlackReply({ ...explanation, fallback: '' }).text).toBe(
      'WSAECONNRESET (10054) · Connection reset by peer',
    );
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

  it('joins the opening paragraphs with one blank line whatever blank lines parted them', () => {
    const message = renderSlackReply({ ...explanation, fallback: 'Title\n \nThe summary.\n\t\nMore.\n\n' });
    expect(message.text).toBe('Title\n\nThe summary.\n\nMore.');
  });
});
