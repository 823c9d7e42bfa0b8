import type { Locale } from '../catalog/index.js';
import { LOCALES } from '../catalog/index.js';
import { LANGUAGE_NAMES, MODE_KEYS, settingsOrDefaults, topReply } from '../commands/index.js';
import { autoModeOf, type CoreContext } from '../context.js';
import { chooseReplyLocale } from '../i18n/index.js';
import { headingLine } from '../reply/index.js';
import type { HomeInput } from '../types.js';
import type { AutoMode, HomeChannel, HomeView } from '../view-types.js';

const WEEK_HOURS = 7 * 24;

/** Builds a user's Home in their own language (their platform locale, else the default). */
export async function buildHomeView(ctx: CoreContext, input: HomeInput): Promise<HomeView> {
  const { t } = ctx;
  const locale = await chooseReplyLocale(input.workspace.platform, {}, input.user, ctx.defaultLang).catch(
    () => ctx.defaultLang,
  );
  let unavailable = false;
  const channels = await Promise.all(
    input.channels.map(async ({ channelId, name }): Promise<HomeChannel> => {
      const read = await settingsOrDefaults(ctx, { ...input.workspace, channelId });
      unavailable ||= read.unavailable;
      const mode = autoModeOf(read.settings);
      const lang = read.settings.lang ?? ctx.defaultLang;
      const summary = [
        headingLine(t(locale, 'settings.autoLabel'), locale, t(locale, MODE_KEYS[mode])),
        headingLine(t(locale, 'settings.langLabel'), locale, LANGUAGE_NAMES[lang]),
      ].join(' · ');
      return { channelId, ...(name ? { name } : {}), mode, lang, summary };
    }),
  );
  const channelNotes: string[] = [];
  // "We share no channel" only when the platform said so; else that it could not tell.
  if (input.channelsUnknown) channelNotes.push(t(locale, 'home.channelsUnknown'));
  else if (channels.length === 0) channelNotes.push(t(locale, 'home.noChannels'));
  const more = input.more ?? 0;
  if (more > 0)
    channelNotes.push(t(locale, more === 1 ? 'home.moreChannel' : 'home.moreChannels', { count: more }));
  if (unavailable) channelNotes.push(t(locale, 'store.unavailable'));
  const modes = { on: '', off: '', mention: '' } satisfies Record<AutoMode, string>;
  for (const mode of Object.keys(modes) as AutoMode[]) modes[mode] = t(locale, MODE_KEYS[mode]);
  return {
    locale,
    title: t(locale, 'home.title'),
    intro: t(locale, 'home.intro'),
    commandsHeading: t(locale, 'home.commandsHeading'),
    commands: ['usage.lookup', 'usage.paste', 'usage.settings', 'home.shortcut', 'home.feedback'].map((k) =>
      t(locale, k),
    ),
    channelsHeading: t(locale, 'home.channelsHeading'),
    channels,
    channelNotes,
    canManage: input.user.canManage,
    ...(input.user.canManage
      ? {}
      : { refusal: t(locale, input.user.canManageUnknown ? 'home.refusalUnknown' : 'home.refusal') }),
    controls: {
      auto: t(locale, 'settings.autoLabel'),
      lang: t(locale, 'settings.langLabel'),
      modes,
      languages: Object.fromEntries(LOCALES.map((l) => [l, LANGUAGE_NAMES[l]])) as Record<Locale, string>,
    },
    top: await topReply(ctx, input.workspace, locale, WEEK_HOURS, 'workspace'),
  };
}
