import { describe, expect, it } from 'vitest';
import { renderDiscordReply } from '../../../src/adapters/discord/render.js';
import type { Reply } from '../../../src/core/reply/model.js';
import { explanation } from './render-fixtures.js';

describe('renderDiscordReply', () => {
  it('escapes markdown and defuses mentions in text that came from a user', () => {
    const reply: Reply = {
      ...explanation,
      title: 'Not a socket error: **@everyone** <@&123456789012345678>',
      subtitle: undefined,
      sections: [{ text: '@here look at `<@123>` and [click](https://evil.example) _now_\n# big\n> quote' }],
    };
    const embed = renderDiscordReply(reply).embeds[0];
    expect(embed?.title).toBe('Not a socket error: \\*\\*@\u200beveryone\\*\\* \\<@&123456789012345678>');
    expect(embed?.description).toBe(
      '@\u200bhere look at `<@123>` and \\[click\\](https://evil.example) \\_now\\_\n\\# big\n\\> quote',
    );
  });

  it('keeps links clickable instead of escaping their underscores', () => {
    const reply: Reply = { ...explanation, sections: [{ text: 'See https://example.com/a_b_c for more' }] };
    expect(renderDiscordReply(reply).embeds[0]?.description).toContain('https://example.com/a_b_c for more');
  });
});
