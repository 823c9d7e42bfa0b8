import { readRichTextBlock } from './rich-text.js';

/**
 * Turns text as Slack delivers it (messages, slash command text, shortcut payloads) back into
 * what the person typed: `<https://x|x>` becomes `x`, `<@U1>` becomes `@U1`, `<!channel>` becomes
 * `@channel`, and `&lt;` `&gt;` `&amp;` are decoded. Core then sees `<module>` in a pasted Python
 * traceback, not `&lt;module&gt;`.
 */
export function readSlackText(text: string): string {
  return text
    .replace(/<([^<>]*)>/g, (_whole, inner: string) => unwrap(inner))
    .replace(/&(amp|lt|gt);/g, decode);
}

const ENTITIES = { amp: '&', lt: '<', gt: '>' } as const;

function decode(_whole: string, name: keyof typeof ENTITIES): string {
  return ENTITIES[name];
}

function unwrap(inner: string): string {
  const bar = inner.indexOf('|');
  const target = bar === -1 ? inner : inner.slice(0, bar);
  const label = bar === -1 ? undefined : inner.slice(bar + 1);
  if (target.startsWith('@')) return label ? `@${label.replace(/^@/, '')}` : target;
  if (target.startsWith('#')) return label ? `#${label.replace(/^#/, '')}` : target;
  if (target.startsWith('!')) {
    // <!here>, <!channel>, <!everyone>; <!subteam^S1|@team> and <!date^…|fallback> carry a label.
    if (label) return label;
    return `@${target.slice(1).split('^')[0] ?? ''}`;
  }
  return label ?? target;
}

/** A Block Kit block, as far as its text goes. */
interface SlackBlock {
  type?: string | undefined;
  text?: { text?: string | undefined } | undefined;
  fields?: { text?: string | undefined }[] | undefined;
  elements?: unknown[] | undefined;
}

/** The parts of a Slack message that can hold text (checked by `schemas.ts` before they get here). */
export interface SlackMessageParts {
  text?: string | undefined;
  attachments?:
    | {
        pretext?: string | undefined;
        title?: string | undefined;
        text?: string | undefined;
        fallback?: string | undefined;
        fields?: { title?: string | undefined; value?: string | undefined }[] | undefined;
        /** An alert laid out in Block Kit inside its attachment. */
        blocks?: SlackBlock[] | undefined;
        /** A forwarded or linked message's own blocks. */
        message_blocks?: { message?: { blocks?: SlackBlock[] | undefined } | undefined }[] | undefined;
      }[]
    | undefined;
  blocks?: SlackBlock[] | undefined;
}

/** A piece of a message's text: Slack markup, or rich text as typed (`typed`), which is not decoded. */
type Part = { text: unknown; typed?: boolean };

/** The text of blocks, in their order: laid-out blocks as Slack markup, rich text as typed. */
function readBlocks(blocks: readonly SlackBlock[] | undefined): Part[] {
  const parts: Part[] = [];
  for (const block of blocks ?? []) {
    if (block.type === 'section' || block.type === 'header') parts.push({ text: block.text?.text });
    if (block.type === 'section') for (const f of block.fields ?? []) parts.push({ text: f.text });
    if (block.type === 'context') {
      for (const e of block.elements ?? []) parts.push({ text: (e as { text?: unknown } | null)?.text });
    }
    if (block.type === 'rich_text') parts.push({ text: readRichTextBlock(block), typed: true });
  }
  return parts;
}

/**
 * All readable text of a message, as plain text. A user's message is its `text` (its `rich_text`
 * blocks repeat it); a bot's laid-out blocks (rich text among them) replace `text`, which is then
 * only their notification fallback, as they do when `text` is empty (an app may post rich text
 * alone); attachments (alerts, and messages forwarded or linked) add their own text, else their
 * blocks (an alert in Block Kit, a forward of an app's post), else their fallback.
 */
export function readSlackMessageText(message: SlackMessageParts): string {
  const fromBlocks = readBlocks(message.blocks);
  const laidOut = fromBlocks.some((p) => !p.typed && isFilled(p.text));
  const parts: Part[] = laidOut || !isFilled(message.text) ? fromBlocks : [{ text: message.text }];
  // Loops, not parts.push(...own): a huge attachment must not overflow the call stack.
  for (const a of message.attachments ?? []) {
    const own: unknown[] = [a.pretext, a.title, a.text];
    for (const f of a.fields ?? []) own.push(f.title, f.value);
    if (own.some((p) => typeof p === 'string' && p !== '')) {
      for (const text of own) parts.push({ text });
      continue;
    }
    // A forward's `fallback` is "[date] author: " and its text; an app's post leaves that text empty.
    const inner = readBlocks(a.blocks);
    for (const m of a.message_blocks ?? []) for (const p of readBlocks(m.message?.blocks)) inner.push(p);
    for (const p of inner.some((q) => isFilled(q.text)) ? inner : [{ text: a.fallback }]) parts.push(p);
  }
  const texts: string[] = [];
  for (const { text, typed } of parts) {
    if (typeof text === 'string' && text !== '') texts.push(typed ? text : readSlackText(text));
  }
  return texts.join('\n');
}

const isFilled = (part: unknown) => typeof part === 'string' && part.trim() !== '';
