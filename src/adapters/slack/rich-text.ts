/**
 * The words of `rich_text` blocks, as plain text. A person's message repeats them in `text`, but an
 * app may post rich text alone (its `text` left empty) or among its laid-out blocks (a code block
 * under a header), and that is what a person then asks sockerr to explain. Rich text holds what was
 * typed, unescaped: it is not Slack markup and is not decoded.
 */

/** Elements read per list, at most; Slack's own messages hold far fewer. */
const MAX_ELEMENTS = 100;

type Node = { type?: unknown; elements?: unknown; [key: string]: unknown };

const asNode = (value: unknown): Node | undefined =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Node) : undefined;

const children = (node: Node): Node[] =>
  Array.isArray(node.elements)
    ? node.elements.slice(0, MAX_ELEMENTS).flatMap((e) => {
        const child = asNode(e);
        return child ? [child] : [];
      })
    : [];

const str = (value: unknown) => (typeof value === 'string' ? value : '');

/** One inline element as a person sees it: text, a link's label, `@U…`, `#C…`, `:emoji:`. */
function inline(element: Node): string {
  switch (element.type) {
    case 'text':
      return str(element.text);
    case 'link':
      return str(element.text) || str(element.url);
    case 'user':
      return `@${str(element.user_id)}`;
    case 'usergroup':
      return `@${str(element.usergroup_id)}`;
    case 'channel':
      return `#${str(element.channel_id)}`;
    case 'broadcast':
      return `@${str(element.range)}`;
    case 'emoji':
      return `:${str(element.name)}:`;
    case 'date':
      return str(element.fallback);
    default:
      return '';
  }
}

/** A section, a code block or a quote: a run of inline elements. */
const run = (node: Node) => children(node).map(inline).join('');

/**
 * A list is sections, one a line (Slack marks a nested list with `indent`, not by nesting it, so
 * nothing here recurses, whatever a payload nests).
 */
const container = (node: Node) =>
  node.type === 'rich_text_list' ? children(node).map(run).join('\n') : run(node);

/** The text of a `rich_text` block, one container a line ('' when it holds none). */
export function readRichTextBlock(block: { elements?: unknown[] | undefined }): string {
  const lines: string[] = [];
  for (const e of (block.elements ?? []).slice(0, MAX_ELEMENTS)) {
    const node = asNode(e);
    if (node) lines.push(container(node).replace(/\n$/, ''));
  }
  return lines.filter((l) => l.trim() !== '').join('\n');
}
