/**
 * Reads a message the app posted (chat.postMessage, chat.postEphemeral or a response_url body)
 * the way a person in Slack would see it.
 */

type Json = Record<string, unknown>;

const decode = (text: string) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** The visible text: the blocks if any (header, sections, fields, context, buttons), else `text`. */
export function flattenSlackMessage(message: Json): string {
  const blocks = message.blocks as Json[] | undefined;
  if (!blocks || blocks.length === 0) return decode(String(message.text ?? ''));
  const lines: string[] = [];
  const add = (t: unknown) => {
    const text = (t as Json | undefined)?.text;
    if (typeof text === 'string') lines.push(decode(text));
  };
  for (const block of blocks) {
    add(block.text);
    for (const field of (block.fields as Json[] | undefined) ?? []) add(field);
    for (const element of (block.elements as Json[] | undefined) ?? []) {
      if (element.type === 'button') add(element.text);
      else add(element);
    }
  }
  return lines.join('\n');
}

const SPECIAL = /<[!@#]/;
const BARE_MENTION = /(^|\s)@(channel|here|everyone)\b/;

/**
 * Whether Slack would notify anyone beyond the asker: a `<!channel>`/`<!here>`/`<@U…>`/
 * `<!subteam^…>` anywhere, or a bare `@here` where Slack parses it (mrkdwn without `verbatim`,
 * or `text` with `link_names`/`parse: full`).
 */
export function wouldPing(message: Json): boolean {
  let pings = false;
  const visit = (value: unknown, parent?: Json) => {
    if (pings) return;
    if (typeof value === 'string') {
      if (SPECIAL.test(value)) pings = true;
      else if (parent?.type === 'mrkdwn' && parent.verbatim !== true && BARE_MENTION.test(value))
        pings = true;
      return;
    }
    if (Array.isArray(value)) for (const v of value) visit(v);
    else if (value && typeof value === 'object') {
      for (const [key, v] of Object.entries(value)) visit(v, key === 'text' ? (value as Json) : undefined);
    }
  };
  visit(message.blocks);
  const text = String(message.text ?? '');
  if (SPECIAL.test(text)) pings = true;
  const parsesMentions =
    message.link_names === true || message.link_names === 'true' || message.parse === 'full';
  if (parsesMentions && BARE_MENTION.test(text)) pings = true;
  return pings;
}
