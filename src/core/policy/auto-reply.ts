import { type CoreContext, channelKey, effectiveSettings } from '../context.js';
import type { Finding } from '../detect/index.js';
import { withFeedback } from '../feedback/index.js';
import { chooseReplyLocale } from '../i18n/index.js';
import { answerQuery, triagePaste } from '../reply/index.js';
import type { MessageDecision, MessageInput } from '../types.js';
import { readAskedQuestion } from './asked-question.js';
import { createDecisionClaims, type DecisionClaims } from './decision-claims.js';
import { threadMemory } from './thread-memory.js';

/** How long an answered message is remembered, to drop Slack retries and gateway replays. */
const EVENT_MEMORY_MS = 60 * 60_000;
/**
 * How long a decision holds a message before its reply is posted: longer than a decision and its
 * post take (the post's budget is 25 s), shorter than Slack's second retry (a minute after the
 * first try). When the process holding it dies, Slack's later retries are answered, not dropped.
 */
const HOLD_MS = 45_000;
const postedKey = (key: string) => `posted:${key}`;
/** Longest message scanned for auto-replies (Slack allows 40 000 characters; Discord 4 000). */
const MAX_MESSAGE_LENGTH = 100_000;

/**
 * Subtypes that are still a person posting something new: a message with a file (Slack turns long
 * pastes into snippets) and a thread reply also sent to the channel. Edits, deletions, joins and
 * bot posts stay ignored.
 */
const HUMAN_SUBTYPES = new Set(['file_share', 'thread_broadcast']);

const eventKey = (input: MessageInput) => `event:${input.channel.platform}:${input.eventId}`;
const cooldownKey = (input: MessageInput, id: string) => `cooldown:${channelKey(input.channel)}:${id}`;
const messageKeys = (input: MessageInput) =>
  (input.dedupeKeys ?? []).map((k) => `message:${channelKey(input.channel)}:${k}`);

/**
 * Decides whether a channel message gets an auto-reply: never to bots or to itself, never for
 * edits and other subtypes, never twice for one event, not where auto-replies are off, only for
 * high-confidence findings, and each error at most once per channel within the cooldown (the
 * reply covers only the errors not explained there recently). A message that asks sockerr is
 * answered as `/sockerr` would answer it when it names no error that surely.
 */
export async function decideAutoReply(ctx: CoreContext, input: MessageInput): Promise<MessageDecision> {
  const claims = createDecisionClaims(ctx.store);
  try {
    const decision = await decide(ctx, input, claims);
    // A reply acts on the claims: one the store did not keep would let a redelivery be answered again.
    if (decision.action === 'reply') await ctx.store.committed?.();
    return decision;
  } catch (error) {
    // Nothing will be posted for this decision: what it claimed must not outlive it.
    await claims.giveBack();
    throw error;
  }
}

async function decide(
  ctx: CoreContext,
  input: MessageInput,
  claims: DecisionClaims,
): Promise<MessageDecision> {
  if (input.author.isSelf) return { action: 'ignore', reason: 'self' };
  if (input.author.isBot) return { action: 'ignore', reason: 'bot' };
  if (input.subtype && !HUMAN_SUBTYPES.has(input.subtype)) return { action: 'ignore', reason: 'subtype' };
  const text = typeof input.text === 'string' ? input.text : '';
  if (text.trim() === '' && !input.loadFiles) return { action: 'ignore', reason: 'empty' };
  const settings = await effectiveSettings(ctx, input.channel);
  if (settings.autoReply === false) return { action: 'ignore', reason: 'opted-out' };
  if (settings.mentionOnly && !input.mentioned && !(await threadMemory.answeredIn(ctx, input)))
    return { action: 'ignore', reason: 'not-mentioned' };

  // A message's files are read once, so its events are claimed before they are fetched. A message
  // alone is claimed only once it names an error: most channel messages cost no store write, and
  // a redelivery of one is read again and stays silent again.
  if (input.loadFiles) {
    const claimed = await claimDelivery(ctx, claims, input);
    if (claimed !== 'won') return { action: 'ignore', reason: claimed };
  }
  const files = input.loadFiles ? await loadFiles(ctx, input.loadFiles) : '';
  const scanned = [text.slice(0, MAX_MESSAGE_LENGTH), files].filter((t) => t.trim() !== '').join('\n');
  if (scanned === '') return { action: 'ignore', reason: 'empty' };
  const { findings: all, mentions, read } = ctx.detect.withMentions(scanned);
  const findings = all.filter((f) => f.confidence === 'high');
  if (findings.length === 0) {
    // Asked directly, a bare code or a less certain error is worth an answer (no cooldown: asked).
    const asked = input.mentioned ? readAskedQuestion(ctx, scanned) : null;
    if (!asked) return { action: 'ignore', reason: 'no-findings' };
    const claimed = input.loadFiles ? 'won' : await claimDelivery(ctx, claims, input);
    if (claimed !== 'won') return { action: 'ignore', reason: claimed };
    const [locale] = await Promise.all([
      chooseReplyLocale(input.channel.platform, settings, input, ctx.defaultLang),
      threadMemory.note(ctx, settings.mentionOnly, input),
    ]);
    return { action: 'reply', reply: answerQuery(ctx, asked.text, locale, {}, asked.result), findings: [] };
  }
  const claimed = input.loadFiles ? 'won' : await claimDelivery(ctx, claims, input);
  if (claimed !== 'won') return { action: 'ignore', reason: claimed };
  await ctx.store
    .countSeen(
      channelKey(input.channel),
      findings.map((f) => f.id),
    )
    .catch((error) => ctx.logger.warn('could not count the errors seen', { error }));

  const fresh: Finding[] = [];
  for (const finding of findings) {
    // A redelivery that won its message explains all of it: the cooldowns it meets may be those of
    // the decision that held it and died before posting.
    if ((await claims.claim(cooldownKey(input, finding.id), ctx.cooldownMs)) || input.redelivery)
      fresh.push(finding);
  }
  if (fresh.length === 0) return { action: 'react', reaction: 'seen', findings };

  const locale = await chooseReplyLocale(input.channel.platform, settings, input, ctx.defaultLang);
  const reply = triagePaste(ctx, { text: scanned, findings: fresh, mentions, read }, locale);
  if (!reply) return { action: 'ignore', reason: 'no-findings' };
  const [withButtons] = await Promise.all([
    withFeedback(ctx, reply, {
      ...input,
      authorId: input.author.id,
      text: scanned,
      findings: fresh,
    }),
    threadMemory.note(ctx, settings.mentionOnly, input),
  ]);
  return { action: 'reply', reply: withButtons, findings: fresh };
}

/**
 * What a delivery of the message is known by: the message's own names where the platform gives
 * them (one message can arrive as several events, `message` and `app_mention`, a file's
 * `file_shared`, and a retried event names the same message), else the event. The event's own id
 * beside the message's names would be one more claim written for every reply, never the one that
 * tells a repeat.
 */
const deliveryKeys = (input: MessageInput) => {
  const keys = messageKeys(input);
  return keys.length > 0 ? keys : [eventKey(input)];
};

/**
 * Claims the message (or the event) for this decision: whichever of its deliveries comes first is
 * answered. 'in-progress' for a redelivery whose holder has posted nothing yet: it may have died.
 */
async function claimDelivery(
  ctx: CoreContext,
  claims: DecisionClaims,
  input: MessageInput,
): Promise<'won' | 'duplicate' | 'in-progress'> {
  const keys = deliveryKeys(input);
  const posted = async () =>
    (await Promise.all(keys.map((k) => ctx.store.recall(postedKey(k))))).some(Boolean);
  if (await posted()) return 'duplicate';
  for (const key of keys) {
    if (!(await claims.claim(key, HOLD_MS))) return input.redelivery ? 'in-progress' : 'duplicate';
  }
  return 'won';
}

/** Remembers that the message was answered, beyond its decision's hold (retries, replays, its other events). */
export async function markReplyPosted(ctx: CoreContext, input: MessageInput): Promise<void> {
  await Promise.all(deliveryKeys(input).map((k) => ctx.store.remember(postedKey(k), '1', EVENT_MEMORY_MS)));
}

/** The text of a message's files; a failure is logged and reads as no text, never as an error. */
async function loadFiles(ctx: CoreContext, load: () => Promise<string>): Promise<string> {
  try {
    const text = await load();
    return typeof text === 'string' ? text : '';
  } catch (error) {
    ctx.logger.warn('could not read the files of a message', { error });
    return '';
  }
}

/**
 * Undoes what a reply decision claimed when the adapter could not post it, so a platform retry
 * of the same event, or the next paste of the same error, is answered instead of dropped.
 */
export async function releaseAutoReply(
  ctx: CoreContext,
  input: MessageInput,
  findings: readonly Finding[],
): Promise<void> {
  await Promise.all(
    [...deliveryKeys(input), ...findings.map((f) => cooldownKey(input, f.id))].map((k) =>
      ctx.store.release(k),
    ),
  );
}
