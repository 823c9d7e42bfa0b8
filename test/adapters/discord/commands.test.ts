import { Locale, PermissionFlagsBits } from 'discord.js';
import { describe, expect, it } from 'vitest';
import {
  COMMAND_NAMES,
  DISCORD_COMMANDS,
  decodeShareId,
  encodeShareId,
} from '../../../src/adapters/discord/commands.js';
import { buildInviteUrl, INVITE_PERMISSIONS } from '../../../src/adapters/discord/invite.js';
import { DISCORD_LIMITS } from '../../../src/adapters/discord/limits.js';
import { LOCALES } from '../../../src/core/index.js';
import { explainEntry } from '../../../src/core/reply/explain.js';
import { hashText } from '../../../src/infra/hash/index.js';
import { realData } from '../../helpers/core.js';

type Json = Record<string, unknown>;
const CHAT_INPUT_NAME = /^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;
const DISCORD_LOCALES = new Set<string>(Object.values(Locale));

/** Every name, description and choice a command carries, for Discord's 4000-character cap. */
function countCharacters(node: Json): number {
  let n = 0;
  for (const key of ['name', 'description', 'value'])
    if (typeof node[key] === 'string') n += (node[key] as string).length;
  for (const child of [...((node.options as Json[]) ?? []), ...((node.choices as Json[]) ?? [])]) {
    n += countCharacters(child);
  }
  return n;
}

function expectValidOption(option: Json): void {
  expect(option.name).toMatch(CHAT_INPUT_NAME);
  expect(option.name).toBe((option.name as string).toLowerCase());
  expect((option.description as string).length).toBeGreaterThan(0);
  expect((option.description as string).length).toBeLessThanOrEqual(100);
  for (const text of Object.values((option.description_localizations as Json) ?? {})) {
    expect((text as string).length).toBeLessThanOrEqual(100);
  }
  const choices = (option.choices as Json[]) ?? [];
  expect(choices.length).toBeLessThanOrEqual(25);
  if (option.autocomplete) expect(choices).toHaveLength(0);
  for (const choice of choices) {
    expect((choice.name as string).length).toBeLessThanOrEqual(100);
    expect(String(choice.value).length).toBeLessThanOrEqual(100);
  }
}

describe('DISCORD_COMMANDS', () => {
  it('follows Discord’s rules for names, descriptions, options and localisations', () => {
    for (const command of DISCORD_COMMANDS as readonly Json[]) {
      for (const locale of [
        ...Object.keys((command.name_localizations as Json) ?? {}),
        ...Object.keys((command.description_localizations as Json) ?? {}),
      ]) {
        expect(DISCORD_LOCALES.has(locale), locale).toBe(true);
      }
      expect(countCharacters(command)).toBeLessThanOrEqual(4000);
      if (command.type === 1) {
        expect(command.name).toMatch(CHAT_INPUT_NAME);
        expect(command.name).toBe((command.name as string).toLowerCase());
        expect((command.description as string).length).toBeLessThanOrEqual(100);
        const options = (command.options as Json[]) ?? [];
        expect(options.length).toBeLessThanOrEqual(25);
        const firstOptional = options.findIndex((o) => !o.required);
        if (firstOptional >= 0) expect(options.slice(firstOptional).some((o) => o.required)).toBe(false);
        options.forEach(expectValidOption);
      } else {
        // Context-menu names may have spaces and capitals; they carry no description.
        expect((command.name as string).length).toBeLessThanOrEqual(32);
        expect(command.description).toBeUndefined();
      }
    }
  });

  it('offers /sockerr with one required, autocompleted query option', () => {
    const lookup = DISCORD_COMMANDS.find((c) => c.name === COMMAND_NAMES.lookup);
    expect(lookup?.options).toEqual([
      expect.objectContaining({ name: 'query', required: true, autocomplete: true }),
    ]);
  });

  it('hides the settings command from members who cannot manage channels, and from DMs', () => {
    const settings = DISCORD_COMMANDS.find((c) => c.name === COMMAND_NAMES.settings);
    expect(settings?.default_member_permissions).toBe(String(PermissionFlagsBits.ManageChannels));
    expect(settings?.contexts).toEqual([0]);
    expect(settings?.options.map((o) => o.name)).toEqual(['auto', 'lang', 'scope']);
  });

  it('offers auto-replies as a choice of on, off and only when mentioned', () => {
    const settings = DISCORD_COMMANDS.find((c) => c.name === COMMAND_NAMES.settings);
    const auto = settings?.options.find((o) => o.name === 'auto');
    expect(auto?.type).toBe(3);
    expect(auto && 'choices' in auto ? auto.choices.map((c) => c.value) : []).toEqual([
      'on',
      'off',
      'mention',
    ]);
  });

  it('has a message command named "Explain socket errors"', () => {
    expect(DISCORD_COMMANDS.find((c) => c.type === 3)?.name).toBe('Explain socket errors');
  });
});

describe('share button ids', () => {
  it('round-trips core’s share value through a custom_id', () => {
    const id = encodeShareId('zh-TW:10054');
    expect(id).toBe('sockerr:share:zh-TW:10054');
    expect(decodeShareId(id ?? '')).toBe('zh-TW:10054');
  });

  it('refuses values that would make a custom_id longer than 100 characters', () => {
    expect(encodeShareId('x'.repeat(86))).toHaveLength(100);
    expect(encodeShareId('x'.repeat(87))).toBeUndefined();
  });

  it('does not claim buttons that are not sockerr’s', () => {
    expect(decodeShareId('other:share:1')).toBeUndefined();
  });

  it('fits the Share button of every error, in every language, with the key of a kept paste context', () => {
    const { catalog, translate } = realData();
    const context = { host: 'h'.repeat(253), port: '65535', dnsServer: 'fd00:0:0:0:0:0:0:53' };
    for (const entry of catalog.entries)
      for (const locale of LOCALES) {
        const reply = explainEntry(entry, locale, translate, { shareable: true, context, digest: hashText });
        const share = reply.actions.find((a) => a.id === 'share');
        expect(share?.kept).toBeDefined();
        const id = encodeShareId(share?.value ?? '');
        expect(id?.length).toBeLessThanOrEqual(DISCORD_LIMITS.customId);
        expect(decodeShareId(id ?? '')).toBe(share?.value);
      }
  });
});

describe('buildInviteUrl', () => {
  it('asks for the bot and applications.commands scopes and only the permissions sockerr uses', () => {
    const url = new URL(buildInviteUrl('1100000000000000001'));
    expect(url.origin + url.pathname).toBe('https://discord.com/oauth2/authorize');
    expect(url.searchParams.get('client_id')).toBe('1100000000000000001');
    expect(url.searchParams.get('scope')).toBe('bot applications.commands');
    expect(url.searchParams.get('permissions')).toBe('274877992000');
    expect(INVITE_PERMISSIONS & PermissionFlagsBits.Administrator).toBe(0n);
    expect(INVITE_PERMISSIONS & PermissionFlagsBits.MentionEveryone).toBe(0n);
  });
});
