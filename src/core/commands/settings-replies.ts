import type { Locale } from '../catalog/index.js';
import { autoModeOf, type CoreContext, channelKey, workspaceKey } from '../context.js';
import { isStoreUnavailable, type Settings } from '../ports/index.js';
import type { Reply } from '../reply/index.js';
import { makeReply } from '../reply/index.js';
import type { ChannelRef, SettingsInput } from '../types.js';
import type { AutoMode } from '../view-types.js';
import { settingsOrDefaults } from './store-note.js';

export const LANGUAGE_NAMES = { en: 'English (en)', 'zh-TW': '繁體中文 (zh-TW)' } as const satisfies Record<
  Locale,
  string
>;

/** How each auto-reply mode is said. */
export const MODE_KEYS = {
  on: 'settings.on',
  off: 'settings.off',
  mention: 'settings.mention',
} as const satisfies Record<AutoMode, string>;

/** `/sockerr status`: the settings in force here (`known`: already read by the caller). */
export async function statusReply(
  ctx: CoreContext,
  channel: ChannelRef,
  locale: Locale,
  known?: Settings,
): Promise<Reply> {
  const { t } = ctx;
  const read = known ? { settings: known, unavailable: false } : await settingsOrDefaults(ctx, channel);
  const { settings } = read;
  return makeReply({
    kind: 'settings',
    locale,
    title: t(locale, 'settings.title'),
    sections: [
      {
        fields: [
          {
            label: t(locale, 'settings.autoLabel'),
            value: t(locale, MODE_KEYS[autoModeOf(settings)]),
            inline: true,
          },
          {
            label: t(locale, 'settings.langLabel'),
            value: LANGUAGE_NAMES[settings.lang ?? ctx.defaultLang],
            inline: true,
          },
        ],
      },
      ...(read.unavailable ? [{ text: t(locale, 'store.unavailable') }] : []),
    ],
  });
}

/** Applies a settings change if the user may make it; replies either way. */
export async function applySettings(ctx: CoreContext, input: SettingsInput, locale: Locale): Promise<Reply> {
  const { t } = ctx;
  if (!input.user.canManage) {
    if (input.user.canManageUnknown) return unknownPermissionReply(ctx, locale);
    return makeReply({
      kind: 'refusal',
      locale,
      title: t(locale, 'refusal.title'),
      sections: [{ text: t(locale, input.channel.platform === 'slack' ? 'refusal.slack' : 'refusal.text') }],
    });
  }
  // Nothing to change (a settings command with no options): show what is in force.
  if (input.auto === undefined && input.lang === undefined) return statusReply(ctx, input.channel, locale);
  const key =
    input.scope === 'workspace' && input.channel.workspaceId
      ? workspaceKey(input.channel)
      : channelKey(input.channel);
  const scopeKey =
    input.scope === 'workspace' && input.channel.workspaceId
      ? 'settings.scope.workspace'
      : 'settings.scope.channel';
  const patch: Settings = {};
  if (input.auto !== undefined) {
    patch.autoReply = input.auto !== 'off';
    patch.mentionOnly = input.auto === 'mention';
  }
  if (input.lang !== undefined) patch.lang = input.lang;
  try {
    await ctx.store.updateSettings(key, patch);
  } catch (error) {
    if (!isStoreUnavailable(error)) throw error;
    return makeReply({
      kind: 'refusal',
      locale,
      title: t(locale, 'settings.title'),
      sections: [{ text: t(locale, 'store.notSaved') }],
    });
  }
  // Answer in the language just chosen, so the user sees it take effect.
  const replyLocale = input.lang ?? locale;
  // Every word of the reply in that one language, the scope included.
  const scope = t(replyLocale, scopeKey);
  const said: string[] = [];
  if (input.auto !== undefined) {
    said.push(
      t(replyLocale, 'settings.autoChanged', {
        value: t(replyLocale, MODE_KEYS[input.auto]),
        scope,
      }),
    );
  }
  if (input.lang !== undefined)
    said.push(t(replyLocale, 'settings.langChanged', { value: LANGUAGE_NAMES[input.lang], scope }));
  ctx.logger.info('settings changed', { key, ...patch });
  return makeReply({
    kind: 'settings',
    locale: replyLocale,
    title: t(replyLocale, 'settings.title'),
    sections: [{ text: t(replyLocale, 'settings.changed', { what: said.join(' ') }) }],
  });
}

/** A polite correction for `/sockerr auto maybe` or `/sockerr lang fr`. */
export function badSettingReply(
  ctx: CoreContext,
  locale: Locale,
  key: 'settings.badAuto' | 'settings.badLang',
): Reply {
  return makeReply({
    kind: 'usage',
    locale,
    title: ctx.t(locale, 'settings.title'),
    sections: [{ text: ctx.t(locale, key) }],
  });
}

/** A change refused because the platform could not say who the user is: try again, nothing done. */
export function unknownPermissionReply(ctx: { t: CoreContext['t'] }, locale: Locale): Reply {
  return makeReply({
    kind: 'refusal',
    locale,
    title: ctx.t(locale, 'refusal.unknownTitle'),
    sections: [{ text: ctx.t(locale, 'refusal.unknown') }],
  });
}
