import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  InteractionContextType,
  PermissionFlagsBits,
  type RESTPutAPIApplicationCommandsJSONBody,
} from 'discord.js';
import { OWN_CUSTOM_ID_PREFIX } from './feedback-ids.js';
import { DISCORD_LIMITS } from './limits.js';

/** Names of sockerr's application commands, as Discord shows them and as interactions carry them. */
export const COMMAND_NAMES = {
  lookup: 'sockerr',
  settings: 'sockerr-settings',
  explain: 'Explain socket errors',
} as const;

/** Option names of the commands above. */
export const OPTION_NAMES = { query: 'query', auto: 'auto', lang: 'lang', scope: 'scope' } as const;

/** Values of the settings command's `auto` option (core's auto-reply modes). */
export const AUTO_CHOICES = ['on', 'off', 'mention'] as const;

/** Values of the settings command's `scope` option. */
export const SETTINGS_SCOPES = ['channel', 'server'] as const;
export type SettingsScope = (typeof SETTINGS_SCOPES)[number];

/**
 * Every command sockerr registers (`npm run discord:commands`), in the JSON Discord's
 * bulk-overwrite endpoint takes. Everything is installed to servers; look-ups also work in DMs.
 */
export const DISCORD_COMMANDS = [
  {
    type: ApplicationCommandType.ChatInput,
    name: COMMAND_NAMES.lookup,
    description: 'Explain a socket error: a code, a symbol or a message',
    description_localizations: { 'zh-TW': '解釋通訊端錯誤：代碼、符號或訊息' },
    options: [
      {
        type: ApplicationCommandOptionType.String,
        name: OPTION_NAMES.query,
        description: 'For example 10054, ECONNRESET or "connection refused"; also help, top',
        description_localizations: {
          'zh-TW': '例如 10054、ECONNRESET 或「connection refused」；也可輸入 help、top',
        },
        required: true,
        autocomplete: true,
        max_length: 500,
      },
    ],
    contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
    integration_types: [ApplicationIntegrationType.GuildInstall],
  },
  {
    type: ApplicationCommandType.Message,
    name: COMMAND_NAMES.explain,
    name_localizations: { 'zh-TW': '解釋通訊端錯誤' },
    contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
    integration_types: [ApplicationIntegrationType.GuildInstall],
  },
  {
    type: ApplicationCommandType.ChatInput,
    name: COMMAND_NAMES.settings,
    description: "sockerr's auto-replies and language for this channel or the whole server",
    description_localizations: { 'zh-TW': '設定此頻道或整個伺服器的自動回覆與語言' },
    options: [
      {
        type: ApplicationCommandOptionType.String,
        name: OPTION_NAMES.auto,
        description: 'Reply on its own to messages with socket errors: always, never, or only when mentioned',
        description_localizations: { 'zh-TW': '自動回覆含有通訊端錯誤的訊息：一律、從不，或僅在被提及時' },
        choices: [
          { name: 'On', name_localizations: { 'zh-TW': '開啟' }, value: 'on' },
          { name: 'Off', name_localizations: { 'zh-TW': '關閉' }, value: 'off' },
          {
            name: 'Only when mentioned (or asked in its thread)',
            name_localizations: { 'zh-TW': '僅在被提及時（或在它的討論串中被詢問時）' },
            value: 'mention',
          },
        ],
      },
      {
        type: ApplicationCommandOptionType.String,
        name: OPTION_NAMES.lang,
        description: 'Language of replies',
        description_localizations: { 'zh-TW': '回覆的語言' },
        choices: [
          { name: 'English', value: 'en' },
          { name: '繁體中文 (Traditional Chinese)', value: 'zh-TW' },
        ],
      },
      {
        type: ApplicationCommandOptionType.String,
        name: OPTION_NAMES.scope,
        description: 'This channel (needs Manage Channels) or the whole server (needs Manage Server)',
        description_localizations: { 'zh-TW': '此頻道（需「管理頻道」）或整個伺服器（需「管理伺服器」）' },
        choices: [
          { name: 'This channel', name_localizations: { 'zh-TW': '此頻道' }, value: 'channel' },
          { name: 'Whole server', name_localizations: { 'zh-TW': '整個伺服器' }, value: 'server' },
        ],
      },
    ],
    // Hidden from members who cannot manage channels; server admins can change this per server.
    default_member_permissions: PermissionFlagsBits.ManageChannels.toString(),
    contexts: [InteractionContextType.Guild],
    integration_types: [ApplicationIntegrationType.GuildInstall],
  },
] as const satisfies RESTPutAPIApplicationCommandsJSONBody;

const SHARE_PREFIX = `${OWN_CUSTOM_ID_PREFIX}share:`;

/** The button custom_id for core's share value, or undefined when it would exceed Discord's 100 characters. */
export function encodeShareId(value: string): string | undefined {
  const id = SHARE_PREFIX + value;
  return id.length <= DISCORD_LIMITS.customId ? id : undefined;
}

/** Core's share value from a button custom_id, or undefined for buttons that are not sockerr's. */
export function decodeShareId(customId: string): string | undefined {
  return customId.startsWith(SHARE_PREFIX) ? customId.slice(SHARE_PREFIX.length) : undefined;
}
