import { describe, expect, it } from 'vitest';
import { escapeDiscordMarkdown } from '../../../src/adapters/discord/escape-markdown.js';
import { DISCORD_LIMITS } from '../../../src/adapters/discord/limits.js';
import { renderDiscordReply } from '../../../src/adapters/discord/render.js';
import type { Locale, Reply } from '../../../src/core/index.js';
import { testCore } from '../../helpers/core.js';

/** Every catalog entry's explanation, as core gives it in `locale`. */
function explanations(locale: Locale): Reply[] {
  const { core } = testCore();
  return core.catalog.entries.map((entry) => {
    const { reply } = core.lookup(entry.code === null ? `errno.${entry.name}` : String(entry.code), locale);
    return reply.kind === 'explanation' ? reply : core.lookup(entry.name, locale).reply;
  });
}

/** Whether every code span a line opens is closed on it (escaped backticks are text). */
function spansClosed(line: string): boolean {
  let open = false;
  for (let i = 0; i < line.length; i++) {
    if (!open && line[i] === '\\') i++;
    else if (line[i] === '`') open = !open;
  }
  return !open;
}

describe('a reply cut to fit a channel without embeds', () => {
  it.each(['en', 'zh-TW'] as const)('keeps every check and cause it shows whole (%s)', (locale) => {
    let cut = 0;
    for (const reply of explanations(locale)) {
      const content = renderDiscordReply(reply, { embeds: false }).content ?? '';
      expect(content.length).toBeLessThanOrEqual(DISCORD_LIMITS.content);
      const items = new Set(
        reply.sections.flatMap((s) => s.items ?? []).map((i) => `• ${escapeDiscordMarkdown(i)}`),
      );
      const lines = content.split('\n');
      if (!lines.at(-1)?.startsWith('-# ✂')) continue;
      cut++;
      for (const line of lines.slice(0, -1)) {
        expect(spansClosed(line), `${reply.title}: ${line}`).toBe(true);
        if (line.startsWith('• ')) expect(items.has(line), `${reply.title}: ${line}`).toBe(true);
      }
    }
    // English explanations of the commonest errors are longer than 2000 characters as content.
    if (locale === 'en') expect(cut).toBeGreaterThan(5);
  });
});
