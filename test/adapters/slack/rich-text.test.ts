import { describe, expect, it } from 'vitest';
import { readRichTextBlock } from '../../../src/adapters/slack/rich-text.js';

/** An app's post as Slack stores it: a `rich_text` block with a line, a code block, a quote and a list. */
const posted = {
  type: 'rich_text',
  elements: [
    {
      type: 'rich_text_section',
      elements: [
        { type: 'text', text: 'deploy failed, ' },
        { type: 'user', user_id: 'U0ALICE' },
        { type: 'text', text: ' see ' },
        { type: 'link', url: 'https://ci.example.com/42', text: 'run 42' },
        { type: 'emoji', name: 'fire', unicode: '1f525' },
        { type: 'text', text: '\n' },
      ],
    },
    {
      type: 'rich_text_preformatted',
      elements: [
        { type: 'text', text: 'File "db.py", line 9, in <module>\nConnectionResetError: [Errno 104]' },
      ],
    },
    { type: 'rich_text_quote', elements: [{ type: 'text', text: 'a && b' }] },
    {
      type: 'rich_text_list',
      style: 'bullet',
      elements: [
        { type: 'rich_text_section', elements: [{ type: 'text', text: 'connect ETIMEDOUT' }] },
        { type: 'rich_text_section', elements: [{ type: 'link', url: 'https://db.internal:5432' }] },
      ],
    },
  ],
};

describe('readRichTextBlock', () => {
  it('reads an app’s rich text as typed: lines, code, quotes and list items, links by their label', () => {
    expect(readRichTextBlock(posted)).toBe(
      [
        'deploy failed, @U0ALICE see run 42:fire:',
        'File "db.py", line 9, in <module>',
        'ConnectionResetError: [Errno 104]',
        'a && b',
        'connect ETIMEDOUT',
        'https://db.internal:5432',
      ].join('\n'),
    );
  });

  it('skips elements of the wrong shape instead of failing', () => {
    const odd = [
      { type: 'rich_text', elements: [null, 7, 'x', { type: 'rich_text_section', elements: 'no' }] },
      {
        type: 'rich_text',
        elements: [{ type: 'rich_text_section', elements: [{ type: 'text', text: 5 }, {}] }],
      },
      { type: 'rich_text' },
    ];
    for (const block of odd) expect(readRichTextBlock(block as never)).toBe('');
  });

  it('reads a list nested a hundred thousand deep without overflowing the stack', () => {
    let list: Record<string, unknown> = {
      type: 'rich_text_section',
      elements: [{ type: 'text', text: 'EPIPE' }],
    };
    for (let i = 0; i < 100_000; i += 1) list = { type: 'rich_text_list', elements: [list] };
    expect(() => readRichTextBlock({ elements: [list] })).not.toThrow();
  });
});
