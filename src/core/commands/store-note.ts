import type { Locale } from '../catalog/index.js';
import { type CoreContext, effectiveSettings } from '../context.js';
import { isStoreUnavailable, type Settings } from '../ports/index.js';
import type { Reply } from '../reply/index.js';
import { makeReply } from '../reply/index.js';
import type { ChannelRef } from '../types.js';
import type { Command } from './parse-command.js';

/**
 * The settings in force in a channel for answering a command, or the defaults (`{}`) when they
 * cannot be read: a command is answered even while the store is down, and says so.
 */
export async function settingsOrDefaults(
  ctx: CoreContext,
  channel: ChannelRef,
): Promise<{ settings: Settings; unavailable: boolean }> {
  try {
    return { settings: await effectiveSettings(ctx, channel), unavailable: false };
  } catch (error) {
    if (isStoreUnavailable(error)) return { settings: {}, unavailable: true };
    ctx.logger.warn('could not read the settings; answering with the defaults', { error });
    return { settings: {}, unavailable: false };
  }
}

/** Commands whose reply already says that the store could not be used (not saved, no counts). */
const SAYS_IT_ITSELF: ReadonlySet<Command['kind']> = new Set(['auto', 'lang', 'top']);

/** Adds "the settings could not be read, these are the defaults" to a command's reply. */
export function noteStoreUnavailable(
  ctx: CoreContext,
  kind: Command['kind'],
  reply: Reply,
  locale: Locale,
): Reply {
  if (SAYS_IT_ITSELF.has(kind)) return reply;
  const { fallback: _, ...draft } = reply;
  return makeReply({ ...draft, sections: [...reply.sections, { text: ctx.t(locale, 'store.unavailable') }] });
}
