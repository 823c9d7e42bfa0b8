import type { APIApplicationCommand } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { DISCORD_COMMANDS } from '../../../src/adapters/discord/commands.js';
import { describeCommandChanges } from '../../../src/adapters/discord/compare-commands.js';

/** What Discord returns for `DISCORD_COMMANDS` (with_localizations=true): ids, versions, defaults. */
function asRegistered(commands: readonly object[]): APIApplicationCommand[] {
  return commands.map((c, i) => {
    const command = c as Record<string, unknown>;
    return {
      id: String(1000 + i),
      application_id: '1100000000000000001',
      version: String(2000 + i),
      default_member_permissions: null,
      name_localizations: null,
      description: '',
      description_localizations: null,
      dm_permission: true,
      nsfw: false,
      ...command,
      options: (command.options as object[] | undefined)?.map((o) => ({ required: false, ...o })),
    } as unknown as APIApplicationCommand;
  });
}

describe('describeCommandChanges', () => {
  it('finds no change between sockerr’s commands and Discord’s copy of them', () => {
    expect(describeCommandChanges(asRegistered(DISCORD_COMMANDS), DISCORD_COMMANDS)).toEqual([]);
  });

  it('ignores key order', () => {
    const reordered = asRegistered(DISCORD_COMMANDS).map(
      (c) => Object.fromEntries(Object.entries(c).reverse()) as unknown as APIApplicationCommand,
    );
    expect(describeCommandChanges(reordered, DISCORD_COMMANDS)).toEqual([]);
  });

  it('reports new, changed and removed commands by name', () => {
    const registered = asRegistered(DISCORD_COMMANDS).slice(1);
    registered[0] = { ...registered[0], name_localizations: { 'zh-TW': '舊名' } } as APIApplicationCommand;
    registered.push({ ...registered[1], name: 'old-command' } as APIApplicationCommand);
    expect(describeCommandChanges(registered, DISCORD_COMMANDS)).toEqual([
      '+ sockerr',
      '~ Explain socket errors',
      '- old-command',
    ]);
  });

  it('notices a changed option, such as autocomplete switched off', () => {
    const registered = asRegistered(DISCORD_COMMANDS);
    const lookup = registered[0] as unknown as { options: Record<string, unknown>[] };
    lookup.options = lookup.options.map((o) => ({ ...o, autocomplete: false }));
    expect(describeCommandChanges(registered, DISCORD_COMMANDS)).toEqual(['~ sockerr']);
  });

  it('sees a registration whose auto option is still true/false as one to update', () => {
    const registered = asRegistered(DISCORD_COMMANDS);
    const settings = registered.find((c) => c.name === 'sockerr-settings') as unknown as {
      options: Record<string, unknown>[];
    };
    settings.options = settings.options.map((o) =>
      o.name === 'auto'
        ? { type: 5, name: 'auto', description: 'Reply on its own to messages with socket errors' }
        : o,
    );
    expect(describeCommandChanges(registered, DISCORD_COMMANDS)).toEqual(['~ sockerr-settings']);
  });
});
