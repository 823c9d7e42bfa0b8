import type { Catalog, Locale } from './catalog/index.js';
import type { Detector } from './detect/index.js';
import type { Translate } from './i18n/index.js';
import type { Lookup } from './lookup/index.js';
import type { Logger, Settings, Store } from './ports/index.js';
import type { AnswerCache, WindowsTexts } from './reply/index.js';
import type { ChannelRef } from './types.js';
import type { AutoMode } from './view-types.js';

/** Everything the core's handlers share; built once by `createCore`. */
export interface CoreContext {
  catalog: Catalog;
  lookup: Lookup;
  /** Built on first use, so a look-up of a code never builds it. */
  detect: Detector;
  t: Translate;
  store: Store;
  logger: Logger;
  cooldownMs: number;
  defaultLang: Locale;
  /** Answers and explanations kept between requests (`reply/answer-cache.ts`). */
  answers: AnswerCache;
  /** Fingerprints a message's text for feedback (SHA-256 hex); without it replies have no feedback buttons. */
  hashText?: ((text: string) => string) | undefined;
  /** The system messages Windows prints in the reply's language, beside Microsoft's English ones. */
  windowsTexts: WindowsTexts;
}

/** Store key of a channel's settings and counts. */
export function channelKey(channel: ChannelRef): string {
  return `${channel.platform}:${channel.workspaceId ?? '-'}:${channel.channelId}`;
}

/** The auto-reply mode that settings in force describe (on when nothing was chosen). */
export function autoModeOf(settings: Settings): AutoMode {
  if (settings.autoReply === false) return 'off';
  return settings.mentionOnly === true ? 'mention' : 'on';
}

/** Store key of a workspace's (Slack team, Discord guild) settings. */
export function workspaceKey(channel: ChannelRef): string {
  return `${channel.platform}:${channel.workspaceId ?? '-'}`;
}

/**
 * The settings in force in a channel: its own, else its parent channel's (a thread's), else its
 * workspace's. Bad stored values are ignored.
 */
export async function effectiveSettings(ctx: CoreContext, channel: ChannelRef): Promise<Settings> {
  const { parentChannelId } = channel;
  const [own, inherited, workspace] = await Promise.all([
    ctx.store.getSettings(channelKey(channel)),
    parentChannelId
      ? ctx.store.getSettings(channelKey({ ...channel, channelId: parentChannelId }))
      : undefined,
    channel.workspaceId ? ctx.store.getSettings(workspaceKey(channel)) : undefined,
  ]);
  const levels = [own, inherited, workspace];
  const pick = <K extends keyof Settings>(key: K, valid: (v: unknown) => boolean): Settings[K] | undefined =>
    levels.map((level) => level?.[key]).find((v) => v !== undefined && valid(v)) as Settings[K] | undefined;
  const settings: Settings = {};
  const autoReply = pick('autoReply', (v) => typeof v === 'boolean');
  const lang = pick('lang', (v) => v === 'en' || v === 'zh-TW');
  if (autoReply !== undefined) settings.autoReply = autoReply;
  // The mode is one choice: "mention" comes from the same level as the on/off it qualifies.
  const autoLevel = levels.find((level) => typeof level?.autoReply === 'boolean');
  if (autoReply === true && autoLevel?.mentionOnly === true) settings.mentionOnly = true;
  if (lang !== undefined) settings.lang = lang;
  return settings;
}
