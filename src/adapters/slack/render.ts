import type { types } from '@slack/bolt';
import {
  deepFreeze,
  type Reply,
  type ReplyAction,
  type ReplyField,
  type ReplySection,
} from '../../core/index.js';
import { FEEDBACK_ACTION_IDS } from './action-ids.js';
import { SLACK_LIMITS } from './limits.js';
import { escapeSlackMrkdwn, escapeSlackText, splitSlackText, truncateSlackText } from './text.js';

type KnownBlock = types.KnownBlock;
type SectionBlock = types.SectionBlock;
type MrkdwnElement = types.MrkdwnElement;

/** `action_id` of the "Share in channel" button; more than one get `share_1`, `share_2`… */
export const SHARE_ACTION_ID = 'share';
/** `action_id` of the "More" button of a brief reply (`more_1`… likewise). */
export const MORE_ACTION_ID = 'more';
/** Buttons a reply can have more than one of, numbered; feedback buttons come once per reply. */
const NUMBERED_ACTION_IDS = { share: SHARE_ACTION_ID, more: MORE_ACTION_ID } as const;

/** Appended when a reply had to be cut to fit Slack's limits and core gave no note of its own. */
export const SHORTENED_NOTE = '_✂ Shortened to fit in Slack._';

/** The `text` + `blocks` pair every Slack post takes (chat.postMessage, chat.postEphemeral, respond). */
export interface SlackMessage {
  text: string;
  blocks: KnownBlock[];
}

const mrkdwn = (text: string): MrkdwnElement => ({ type: 'mrkdwn', text, verbatim: true });

/** Renderings of frozen replies (core's kept answers): a frozen reply never changes, nor does its rendering. */
const rendered = new WeakMap<Reply, SlackMessage>();

/** Renders a core {@link Reply} as Block Kit within Slack's limits; every string is escaped. */
export function renderSlackReply(reply: Reply): SlackMessage {
  if (!Object.isFrozen(reply)) return render(reply);
  let message = rendered.get(reply);
  if (!message) {
    message = deepFreeze(render(reply));
    rendered.set(reply, message);
  }
  return message;
}

function render(reply: Reply): SlackMessage {
  const head: KnownBlock[] = [];
  const title = escapeSlackText(reply.title.trim());
  if (title) {
    const text = truncateSlackText(title, SLACK_LIMITS.headerText);
    head.push({ type: 'header', text: { type: 'plain_text', text, emoji: true } });
  }
  if (reply.subtitle?.trim()) head.push(context(reply.subtitle));
  const tail: KnownBlock[] = [];
  if (reply.footer?.trim()) tail.push(context(reply.footer));
  const buttons = reply.actions.flatMap((action, i) =>
    renderButton(action, reply.actions.slice(0, i).filter((a) => a.id === action.id).length),
  );
  if (buttons.length > 0) tail.push({ type: 'actions', elements: buttons.slice(0, 25) });

  const note = reply.shortenedNote?.trim()
    ? `_${escapeSlackText(reply.shortenedNote.trim())}_`
    : SHORTENED_NOTE;
  const body = renderBody(reply.sections);
  const fixed = [...head, ...tail];
  let budget = SLACK_LIMITS.totalText - fixed.reduce((n, b) => n + textLength(b), 0);
  let room = SLACK_LIMITS.blocks - fixed.length;
  const kept: KnownBlock[] = [];
  let shortened = false;
  for (const [i, block] of body.entries()) {
    const isLast = i === body.length - 1;
    // Keep one block and some characters free for the note, unless this is the last block.
    const needRoom = isLast ? 1 : 2;
    const needBudget = isLast ? 0 : note.length;
    const length = textLength(block);
    if (room < needRoom || length + needBudget > budget) {
      shortened = true;
      break;
    }
    kept.push(block);
    room -= 1;
    budget -= length;
  }
  if (shortened) kept.push(context(note, true));

  const blocks = [...head, ...kept, ...tail];
  // Beside blocks, `text` is only the notification: the reply's opening (title, subtitle, summary).
  const plain = reply.fallback.trim();
  const lead = blocks.length > 0 ? leadOf(plain, SLACK_LIMITS.fallbackLead) : plain;
  return { text: plainText(reply, lead, SLACK_LIMITS.fallbackText), blocks };
}

/** The reply as escaped text alone (a message whose blocks Slack refused): Slack shows `text` then. */
export function renderSlackText(reply: Reply): { text: string } {
  // Shown as mrkdwn: a code span beside Chinese text needs its space, as in the blocks.
  return { text: plainText(reply, reply.fallback.trim(), SLACK_LIMITS.textOnly, escapeSlackMrkdwn) };
}

const plainText = (reply: Reply, plain: string, max: number, escapeText = escapeSlackText) =>
  truncateSlackText(escapeText(plain) || escapeSlackText(reply.title.trim()) || '…', max);

/** Section blocks of frozen sections (core's kept explanations), rendered once and shared. */
const renderedBodies = new WeakMap<readonly ReplySection[], SectionBlock[]>();

/** The sections' blocks; frozen sections keep theirs, whatever buttons a reply adds under them. */
function renderBody(sections: readonly ReplySection[]): SectionBlock[] {
  if (!Object.isFrozen(sections)) return sections.flatMap(renderSection);
  let blocks = renderedBodies.get(sections);
  if (!blocks) {
    blocks = deepFreeze(sections.flatMap(renderSection));
    renderedBodies.set(sections, blocks);
  }
  return blocks;
}

/**
 * The first paragraphs of a plain-text reply within `max` characters, and always the first one.
 * Paragraphs are read only as far as they fit, not the whole reply split first.
 */
function leadOf(text: string, max: number): string {
  const separator = /\n[ \t]*\n/g;
  let match = separator.exec(text);
  if (!match) return text;
  let lead = text.slice(0, match.index);
  for (;;) {
    const from = separator.lastIndex;
    match = separator.exec(text);
    const paragraph = text.slice(from, match ? match.index : text.length);
    if (lead.length + 2 + paragraph.length > max) break;
    lead += `\n\n${paragraph}`;
    if (!match) break;
  }
  return lead;
}

/** A context line of plain reply text (escaped) or of our own mrkdwn (`isMrkdwn`). */
function context(text: string, isMrkdwn = false): KnownBlock {
  const body = isMrkdwn ? text : escapeSlackMrkdwn(text);
  return { type: 'context', elements: [mrkdwn(truncateSlackText(body, SLACK_LIMITS.contextText))] };
}

function renderSection(section: ReplySection): SectionBlock[] {
  const lines: string[] = [];
  if (section.heading) lines.push(`*${escapeSlackText(section.heading)}*`);
  if (section.text) lines.push(escapeSlackMrkdwn(section.text));
  for (const item of section.items ?? []) lines.push(`• ${escapeSlackMrkdwn(item)}`);
  const fields = section.fields ?? [];
  for (const field of fields.filter((f) => !f.inline)) lines.push(renderField(field));
  const blocks: SectionBlock[] = splitSlackText(lines.join('\n'), SLACK_LIMITS.sectionText)
    .filter((text) => text.trim() !== '')
    .map((text) => ({ type: 'section', text: mrkdwn(text) }));
  const inline = fields
    .filter((f) => f.inline)
    .map(renderField)
    .filter((text) => text.trim() !== '')
    .map((text) => mrkdwn(truncateSlackText(text, SLACK_LIMITS.fieldText)));
  for (let i = 0; i < inline.length; i += SLACK_LIMITS.fieldsPerSection) {
    blocks.push({ type: 'section', fields: inline.slice(i, i + SLACK_LIMITS.fieldsPerSection) });
  }
  return blocks;
}

/** `*label*` over the value; a field without a label is just its value. */
function renderField(field: ReplyField): string {
  const value = escapeSlackMrkdwn(field.value);
  return field.label.trim() ? `*${escapeSlackText(field.label)}*\n${value}` : value;
}

/** A button; `index` counts the earlier buttons of the same kind, whose `action_id`s must differ. */
function renderButton(action: ReplyAction, index: number): types.Button[] {
  // The value is opaque to us: cutting it would hand core something it never wrote.
  if (action.value.length > SLACK_LIMITS.buttonValue || action.label.trim() === '') return [];
  const actionId =
    action.id === 'helpful' || action.id === 'wrong'
      ? FEEDBACK_ACTION_IDS[action.id]
      : index === 0
        ? NUMBERED_ACTION_IDS[action.id]
        : `${NUMBERED_ACTION_IDS[action.id]}_${index}`;
  const text = truncateSlackText(escapeSlackText(action.label), SLACK_LIMITS.buttonText);
  return [{ type: 'button', action_id: actionId, text: { type: 'plain_text', text }, value: action.value }];
}

/** Characters of visible text in a block, as Slack counts them towards its message limit. */
function textLength(block: KnownBlock): number {
  switch (block.type) {
    case 'header':
      return block.text.text.length;
    case 'section':
      return (block.text?.text.length ?? 0) + (block.fields ?? []).reduce((n, f) => n + f.text.length, 0);
    case 'context':
      return block.elements.reduce((n, e) => n + ('text' in e ? e.text.length : 0), 0);
    default:
      return 0;
  }
}
