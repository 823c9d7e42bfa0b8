import type { Locale } from './catalog-types.js';
import { type CoreContext, channelKey, effectiveSettings } from './core-context.js';
import type { MessageDecision, MessageInput } from './core-types.js';
import { normalizeLocale, resolveLocale } from './locale.js';
import { triageFindings } from './triage.js';

/**
 * Subtypes that are still a person posting something new: a message with a file (Slack turns long
 * pastes into snippets) and a thread reply also sent to the channel. Edits, deletions, joins and
 * bot posts stay ignored.
 */
const HUMAN_SUBTYPES = new Set(['file_share', 'thread_broadcast']);

/** How long an event id is remembered, to drop Slack retries and gateway replays. */
export const EVENT_MEMORY_MS = 60 * 60_000;
/** Longest message scanned for auto-replies (Slack allows 40 000 characters; Discord 4 000). */
export const MAX_MESSAGE_LENGTH = 100_000;

/**
 * Decides whether a channel message gets an auto-reply: never to bots or to itself, never for
 * edits and other subtypes, never twice for one event, not where auto-replies are off, only for
 * high-confidence findings, and at most once per channel and error within the cooldown.
 */
export async function decideAutoReply(ctx: CoreContext, input: MessageInput): Promise<MessageDecision> {
  if (input.author.isSelf) return { action: 'ignore', reason: 'self' };
  if (input.author.isBot) return { action: 'ignore', reason: 'bot' };
  if (input.subtype && !HUMAN_SUBTYPES.has(input.subtype)) return { action: 'ignore', reason: 'subtype' };
  const text = typeof input.text === 'string' ? input.text : '';
  if (text.trim() === '') return { action: 'ignore', reason: 'empty' };
  const claimed = await ctx.store.claimOnce(
    `event:${input.channel.platform}:${input.eventId}`,
    EVENT_MEMORY_MS,
  );
  if (!claimed) return { action: 'ignore', reason: 'duplicate' };
  const settings = await effectiveSettings(ctx, input.channel);
  if (settings.autoReply === false) return { action: 'ignore', reason: 'opted-out' };

  const findings = ctx.detect(text.slice(0, MAX_MESSAGE_LENGTH)).filter((f) => f.confidence === 'high');
  if (findings.length === 0) return { action: 'ignore', reason: 'no-findings' };

  const channel = channelKey(input.channel);
  await ctx.store.countSeen(
    channel,
    findings.map((f) => f.id),
  );
  const fresh = await Promise.all(
    findings.map((f) => ctx.store.claimOnce(`cooldown:${channel}:${f.id}`, ctx.cooldownMs)),
  );
  if (!fresh.includes(true)) return { action: 'react', reaction: 'seen', findings };

  let userLang = normalizeLocale(input.locale);
  if (userLang === undefined && settings.lang === undefined && input.loadLocale) {
    userLang = normalizeLocale(await input.loadLocale().catch(() => undefined));
  }
  const locale: Locale = resolveLocale(input.channel.platform, settings.lang, userLang, ctx.defaultLang);
  const reply = triageFindings(ctx.catalog, findings, locale, ctx.t);
  if (!reply) return { action: 'ignore', reason: 'no-findings' };
  return { action: 'reply', reply, findings };
}
