import { type APIApplicationCommand, type REST, Routes } from 'discord.js';
import { DISCORD_COMMANDS } from './commands.js';
import { describeCommandChanges } from './compare-commands.js';

export interface RegisterCommandsInput {
  rest: REST;
  applicationId: string;
  /** Registers in this one server (instant) instead of globally. */
  guildId?: string;
  commands?: typeof DISCORD_COMMANDS;
}

export interface RegisterCommandsResult {
  scope: 'global' | { guildId: string };
  /** Differences found (`+ name`, `~ name`, `- name`); empty means nothing was sent. */
  changes: string[];
}

/**
 * Brings Discord's registered commands in line with sockerr's: reads what is registered (with
 * localisations), compares, and overwrites in one PUT only when something differs, so running it
 * again costs one GET and never touches Discord's daily command-creation limit.
 */
export async function registerCommands(input: RegisterCommandsInput): Promise<RegisterCommandsResult> {
  const commands = input.commands ?? DISCORD_COMMANDS;
  const route = input.guildId
    ? Routes.applicationGuildCommands(input.applicationId, input.guildId)
    : Routes.applicationCommands(input.applicationId);
  const existing = (await input.rest.get(route, {
    query: new URLSearchParams({ with_localizations: 'true' }),
  })) as APIApplicationCommand[];
  const changes = describeCommandChanges(existing, commands);
  if (changes.length > 0) await input.rest.put(route, { body: commands });
  return { scope: input.guildId ? { guildId: input.guildId } : 'global', changes };
}
