import { describe, expect, it } from 'vitest';
import { renderDiscordReply } from '../../../src/adapters/discord/render.js';
import type { Reply } from '../../../src/core/reply/model.js';
import type { ChannelRef } from '../../../src/core/types.js';
import { testCore } from '../../helpers/core.js';
import { explanation } from './render-fixtures.js';

describe('renderDiscordReply', () => {
  it('renders an explanation as one embed with its title, prose and fields in order', () => {
    const { embeds, content } = renderDiscordReply(explanation);
    expect(content).toBeUndefined();
    expect(embeds).toHaveLength(1);
    const embed = embeds[0];
    expect(embed?.title).toBe('WSAECONNRESET (10054) · Connection reset by peer');
    expect(embed?.description).toBe(
      '*reset · retry: maybe*\n\nThe other side tore the connection down with a TCP RST.\n\n' +
        '**Likely causes**\n• the server process crashed\n• a load balancer idle timeout',
    );
    expect(embed?.fields).toEqual([
      { name: 'Also seen as', value: '**Linux:** ECONNRESET (104)\n**.NET:** SocketError.ConnectionReset' },
      { name: 'Check first', value: '• `ss -tan state time-wait | wc -l`' },
    ]);
    expect(embed?.footer?.text).toBe('Source: Windows Sockets Error Codes');
  });

  it('lays out label/value pairs without a heading as a grid of inline fields', () => {
    const reply: Reply = {
      ...explanation,
      kind: 'settings',
      sections: [
        {
          fields: [
            { label: 'Auto-replies', value: 'on', inline: true },
            { label: 'Language', value: 'English (en)', inline: true },
          ],
        },
      ],
    };
    expect(renderDiscordReply(reply).embeds[0]?.fields).toEqual([
      { name: 'Auto-replies', value: 'on', inline: true },
      { name: 'Language', value: 'English (en)', inline: true },
    ]);
  });

  it('turns the share action into a button whose custom_id carries the value', () => {
    const { components } = renderDiscordReply(explanation);
    expect(components).toEqual([
      {
        type: 1,
        components: [{ type: 2, style: 2, label: 'Share in channel', custom_id: 'sockerr:share:en:10054' }],
      },
    ]);
  });

  it('leaves out a share button whose value would not fit in a custom_id', () => {
    const reply: Reply = {
      ...explanation,
      actions: [{ id: 'share', label: 'Share', value: 'x'.repeat(90) }],
    };
    expect(renderDiscordReply(reply).components).toEqual([]);
  });
});

describe('label and value lines in a Chinese reply', () => {
  it('end the label with a full-width colon and no space, as Chinese writes it', async () => {
    const { core } = testCore();
    const channel: ChannelRef = { platform: 'discord', workspaceId: 'G1', channelId: 'C1' };
    const reply = await core.command({
      text: 'status',
      channel,
      user: { id: 'U1', canManage: true, locale: 'zh-TW' },
    });
    expect(reply.kind).toBe('settings');
    const content = renderDiscordReply(reply, { embeds: false }).content ?? '';
    expect(content).toMatch(/\*\*自動回覆：\*\*\S/);
    expect(content).not.toMatch(/[\u4e00-\u9fff]:/);
    const english = await core.command({
      text: 'status',
      channel,
      user: { id: 'U1', canManage: true, locale: 'en' },
    });
    expect(renderDiscordReply(english, { embeds: false }).content).toMatch(/\*\*Auto-replies:\*\* \S/);
  });
});
