import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DISCORD_LIMITS } from '../../../src/adapters/discord/limits.js';
import {
  type DiscordReplyPayload,
  renderDiscordReply,
  SHORTENED_NOTE,
} from '../../../src/adapters/discord/render.js';
import { REPLY_KINDS, type Reply } from '../../../src/core/reply/model.js';
import { explanation } from './render-fixtures.js';

function embedTotal(payload: DiscordReplyPayload): number {
  const embed = payload.embeds[0];
  if (!embed) return 0;
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.footer?.text.length ?? 0) +
    (embed.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0)
  );
}

function expectWithinLimits(payload: DiscordReplyPayload): void {
  for (const embed of payload.embeds) {
    expect(Boolean(embed.title?.trim() || embed.description || embed.fields?.length)).toBe(true);
    if (embed.title !== undefined) expect(embed.title.trim()).not.toBe('');
    expect(embed.title?.length ?? 0).toBeLessThanOrEqual(DISCORD_LIMITS.title);
    expect(embed.description?.length ?? 0).toBeLessThanOrEqual(DISCORD_LIMITS.description);
    expect(embed.footer?.text.length ?? 0).toBeLessThanOrEqual(DISCORD_LIMITS.footer);
    expect(embed.fields?.length ?? 0).toBeLessThanOrEqual(DISCORD_LIMITS.fields);
    for (const field of embed.fields ?? []) {
      expect(field.name.trim().length).toBeGreaterThan(0);
      expect(field.name.length).toBeLessThanOrEqual(DISCORD_LIMITS.fieldName);
      expect(field.value.trim().length).toBeGreaterThan(0);
      expect(field.value.length).toBeLessThanOrEqual(DISCORD_LIMITS.fieldValue);
    }
  }
  expect(embedTotal(payload)).toBeLessThanOrEqual(DISCORD_LIMITS.embedTotal);
  expect(payload.content?.length ?? 0).toBeLessThanOrEqual(DISCORD_LIMITS.content);
  for (const row of payload.components) {
    expect(row.components.length).toBeLessThanOrEqual(5);
    for (const button of row.components) {
      expect(button.custom_id.length).toBeLessThanOrEqual(100);
      expect(button.label?.trim().length).toBeGreaterThan(0);
      expect(button.label?.length).toBeLessThanOrEqual(DISCORD_LIMITS.buttonLabel);
    }
  }
}

describe('renderDiscordReply', () => {
  it('cuts a long triage to the description limit and says so in the footer', () => {
    const items = Array.from(
      { length: 400 },
      (_, i) => `${i}. WSAETIMEDOUT ×5 timeout retry: yes ${'x'.repeat(20)}`,
    );
    const reply: Reply = { ...explanation, kind: 'triage', sections: [{ items }] };
    const payload = renderDiscordReply(reply);
    expectWithinLimits(payload);
    expect(payload.embeds[0]?.description?.endsWith('…')).toBe(true);
    expect(payload.embeds[0]?.footer?.text).toBe(`Source: Windows Sockets Error Codes · ${SHORTENED_NOTE}`);
  });

  it('keeps at most 25 fields and 6000 characters in all', () => {
    const fields = Array.from({ length: 40 }, (_, i) => ({ label: `Field ${i}`, value: 'v'.repeat(1000) }));
    const payload = renderDiscordReply({ ...explanation, sections: [{ fields }] });
    expectWithinLimits(payload);
    expect(payload.embeds[0]?.footer?.text).toContain(SHORTENED_NOTE);
  });

  it('says nothing about shortening when everything fits', () => {
    expect(renderDiscordReply(explanation).embeds[0]?.footer?.text).not.toContain(SHORTENED_NOTE);
  });

  it('renders plain content within 2000 characters where embeds are not allowed', () => {
    const short = renderDiscordReply(explanation, { embeds: false });
    expect(short.embeds).toEqual([]);
    expect(short.content).toContain('**WSAECONNRESET (10054) · Connection reset by peer**');
    expect(short.content).toContain('**Linux:** ECONNRESET (104)');
    const items = Array.from({ length: 200 }, (_, i) => `item ${i} ${'y'.repeat(30)}`);
    const long = renderDiscordReply({ ...explanation, sections: [{ items }] }, { embeds: false });
    expect(long.content?.length).toBeLessThanOrEqual(2000);
    expect(long.content?.endsWith(`-# ${SHORTENED_NOTE}`)).toBe(true);
  });

  it('stays within every Discord limit whatever the reply', () => {
    const text = fc.string({ unit: 'grapheme', maxLength: 3000 });
    const reply = fc.record({
      kind: fc.constantFrom(...REPLY_KINDS),
      title: fc.string({ maxLength: 400 }),
      subtitle: fc.option(text, { nil: undefined }),
      sections: fc.array(
        fc.record({
          heading: fc.option(fc.string({ maxLength: 300 }), { nil: undefined }),
          text: fc.option(text, { nil: undefined }),
          items: fc.option(fc.array(fc.string({ maxLength: 500 }), { maxLength: 30 }), { nil: undefined }),
          fields: fc.option(
            fc.array(fc.record({ label: fc.string({ maxLength: 300 }), value: text, inline: fc.boolean() }), {
              maxLength: 30,
            }),
            { nil: undefined },
          ),
        }),
        { maxLength: 12 },
      ),
      footer: fc.option(fc.string({ maxLength: 2100 }), { nil: undefined }),
      actions: fc.array(
        fc.record({
          id: fc.constant('share' as const),
          label: fc.string({ maxLength: 100 }),
          value: fc.string(),
        }),
        { maxLength: 8 },
      ),
      fallback: fc.string(),
    });
    fc.assert(
      fc.property(reply, fc.boolean(), (r, embeds) => {
        expectWithinLimits(renderDiscordReply(r, { embeds }));
      }),
      { numRuns: 300 },
    );
  });

  it("uses core's shortened note, in the reply's language, when it gives one", () => {
    const long = {
      ...explanation,
      shortenedNote: '✂ 內容過長，已截短。',
      sections: [{ text: 'x'.repeat(5000) }],
    };
    expect(renderDiscordReply(long).embeds[0]?.footer?.text).toContain('✂ 內容過長，已截短。');
  });
});
