import type { types } from '@slack/bolt';
import type { Reply, ReplyAction, ReplyField, ReplySection } from '../../core/index.js';
import { FEEDBACK_ACTION_IDS } from './action-ids.js';
import { SLACK_LIMITS } from './limits.js';
import { escapeSlackText, splitSlackText, truncateSlackText } from './text.js';

type KnownBlock = types.KnownBlock;
type SectionBlock = types.SectionBlock;
type MrkdwnElement = types.MrkdwnElement;

/** `action_id` of the "Share in channel" button; more than one get `share_1`, `share_2`… */
export const SHARE_ACTION_ID = 'share';

/** Appended when a reply had to be cut to fit Slack's limits and core gave no note of its own. */
export const SHORTENED_NOTE = '_✂ Shortened to fit in Slack._';

/** The `text` + `blocks` pair every Slack post takes (chat.postMessage, chat.postEphemeral, respond). */
export interface SlackMessage {
  text: string;
  blocks: KnownBlock[];
}

const mrkdwn = (text: string): MrkdwnElement => ({ type: 'mrkdwn', text, verbatim: true });

/** Renders a core {@link Reply} as Block Kit within Slack's limits; every string is escaped. */
export function renderSlackReply(reply: Reply): SlackMessage {
  const head: KnownBlock[] = [];
  const title = escapeSlackText(reply.title.trim());
  if (title) {
    const text = truncateSlackText(title, SLACK_LIMITS.headerText);
    head.push({ type: 'header', text: { type: 'plain_text', text, emoji: true } });
  }
  if (reply.subtitle?.trim()) head.push(context(reply.subtitle));
  const tail: KnownBlock[] = [];
  if (reply.footer?.trim()) tail.push(context(reply.footer));
  const buttons = reply.actions.flatMap((action, i) => renderButton(action, i));
  if (buttons.length > 0) tail.push({ type: 'actions', elements: buttons.slice(0, 25) });

  const note = reply.shortenedNote?.trim()
    ? `_${escapeSlackText(reply.shortenedNote.trim())}_`
    : SHORTENED_NOTE;
  const body = reply.sections.flatMap(renderSection);
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

  const fallback = escapeSlackText(reply.fallback.trim()) || title || '…';
  return {
    text: truncateSlackText(fallback, SLACK_LIMITS.fallbackText),
    blocks: [...head, ...kept, ...tail],
  };
}

/** A context line of plain reply text (escaped) or of our own mrkdwn (`isMrkdwn`). */
function context(text: string, isMrkdwn = false): KnownBlock {
  const body = isMrkdwn ? text : escapeSlackText(text);
  return { type: 'context', elements: [mrkdwn(truncateSlackText(body, SLACK_LIMITS.contextText))] };
}

function renderSection(section: ReplySection): SectionBlock[] {
  const lines: string[] = [];
  if (section.heading) lines.push(`*${escapeSlackText(section.heading)}*`);
  if (section.text) lines.push(escapeSlackText(section.text));
  for (const item of section.items ?? []) lines.push(`• ${escapeSlackText(item)}`);
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
  const value = escapeSlackText(field.value);
  return field.label.trim() ? `*${escapeSlackText(field.label)}*\n${value}` : value;
}

function renderButton(action: ReplyAction, index: number): types.Button[] {
  // The value is opaque to us: cutting it would hand core something it never wrote.
  if (action.value.length > SLACK_LIMITS.buttonValue || action.label.trim() === '') return [];
  const actionId =
    action.id !== 'share'
      ? FEEDBACK_ACTION_IDS[action.id]
      : index === 0
        ? SHARE_ACTION_ID
        : `${SHARE_ACTION_ID}_${index}`;
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
