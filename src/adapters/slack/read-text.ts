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

/** The parts of a Slack message that can hold text: what users type, and what bots (alerts, CI) post. */
export interface SlackMessageParts {
  text?: string;
  attachments?: {
    pretext?: string;
    title?: string;
    text?: string;
    fallback?: string;
    fields?: { title?: string; value?: string }[];
  }[];
  blocks?: { type?: string; text?: { text?: string }; fields?: { text?: string }[]; elements?: unknown[] }[];
}

/**
 * All readable text of a message, as plain text. A user's message is its `text` (its `rich_text`
 * blocks repeat it); a bot's laid-out blocks replace `text`, which is then only their
 * notification fallback; attachments (alerts) add their own text.
 */
export function readSlackMessageText(message: SlackMessageParts): string {
  const fromBlocks = (message.blocks ?? []).flatMap((block) => {
    if (block.type === 'section') return [block.text?.text, ...(block.fields ?? []).map((f) => f.text)];
    if (block.type === 'header') return [block.text?.text];
    if (block.type === 'context') {
      return (block.elements ?? [])
        .map((e) => (e as { text?: unknown }).text)
        .filter((t) => typeof t === 'string');
    }
    return [];
  });
  const parts: (string | undefined)[] = fromBlocks.some(Boolean) ? fromBlocks : [message.text];
  for (const a of message.attachments ?? []) {
    const own = [a.pretext, a.title, a.text, ...(a.fields ?? []).flatMap((f) => [f.title, f.value])];
    parts.push(...(own.some(Boolean) ? own : [a.fallback]));
  }
  return readSlackText(parts.filter((p): p is string => typeof p === 'string' && p !== '').join('\n'));
}
