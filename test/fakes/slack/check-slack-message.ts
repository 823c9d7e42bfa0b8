/**
 * What Slack itself checks on a posted message: the Block Kit limits that make a real workspace
 * answer `invalid_blocks` or `msg_blocks_too_long`. The fake applies it to every post, so a
 * renderer bug fails end-to-end tests the way it would fail in production.
 */
export function checkSlackMessage(params: Record<string, unknown>): string | undefined {
  const { text, blocks } = params;
  if (blocks === undefined) return typeof text === 'string' && text.length > 0 ? undefined : 'no_text';
  if (!Array.isArray(blocks)) return 'invalid_blocks_format';
  if (blocks.length > 50) return 'invalid_blocks';
  let total = 0;
  for (const block of blocks as Record<string, unknown>[]) {
    const problem = checkBlock(block);
    if (problem) return problem;
    total += visibleLength(block);
  }
  // Observed in production: around 13,200 characters of text in blocks fail (slackapi/bolt-js#2509).
  if (total > 13_000) return 'msg_blocks_too_long';
  return undefined;
}

type TextObject = { type?: unknown; text?: unknown };

function textOf(value: unknown, max: number, allowed: readonly string[]): string | undefined {
  const t = value as TextObject | undefined;
  if (!t || !allowed.includes(String(t.type))) return 'invalid_blocks';
  if (typeof t.text !== 'string' || t.text.trim().length === 0 || t.text.length > max)
    return 'invalid_blocks';
  return undefined;
}

function checkBlock(block: Record<string, unknown>): string | undefined {
  switch (block.type) {
    case 'header':
      return textOf(block.text, 150, ['plain_text']);
    case 'section': {
      const fields = block.fields as unknown[] | undefined;
      if (block.text === undefined && fields === undefined) return 'invalid_blocks';
      if (block.text !== undefined) {
        const problem = textOf(block.text, 3000, ['mrkdwn', 'plain_text']);
        if (problem) return problem;
      }
      if (fields !== undefined) {
        if (fields.length === 0 || fields.length > 10) return 'invalid_blocks';
        for (const field of fields) {
          const problem = textOf(field, 2000, ['mrkdwn', 'plain_text']);
          if (problem) return problem;
        }
      }
      return undefined;
    }
    case 'context': {
      const elements = block.elements as unknown[] | undefined;
      if (!elements || elements.length === 0 || elements.length > 10) return 'invalid_blocks';
      for (const element of elements) {
        const problem = textOf(element, 3000, ['mrkdwn', 'plain_text']);
        if (problem) return problem;
      }
      return undefined;
    }
    case 'actions': {
      const elements = block.elements as Record<string, unknown>[] | undefined;
      if (!elements || elements.length === 0 || elements.length > 25) return 'invalid_blocks';
      const ids = new Set<unknown>();
      for (const element of elements) {
        if (element.type === 'static_select') {
          if (checkSelect(element)) return 'invalid_blocks';
        } else {
          if (element.type !== 'button') return 'invalid_blocks';
          if (textOf(element.text, 75, ['plain_text'])) return 'invalid_blocks';
          if (typeof element.value === 'string' && element.value.length > 2000) return 'invalid_blocks';
        }
        if (ids.has(element.action_id)) return 'invalid_blocks';
        ids.add(element.action_id);
      }
      return undefined;
    }
    case 'divider':
      return undefined;
    default:
      return 'invalid_blocks';
  }
}

/** A select menu: 1–100 options of at most 75 characters and values of at most 150; the initial one among them. */
function checkSelect(element: Record<string, unknown>): string | undefined {
  const options = element.options as Record<string, unknown>[] | undefined;
  if (!options || options.length === 0 || options.length > 100) return 'invalid_blocks';
  for (const o of options) {
    if (textOf(o.text, 75, ['plain_text']) || typeof o.value !== 'string' || o.value.length > 150)
      return 'invalid_blocks';
  }
  const initial = element.initial_option as Record<string, unknown> | undefined;
  if (initial && !options.some((o) => o.value === initial.value)) return 'invalid_blocks';
  return undefined;
}

/** What Slack checks on a published view (App Home): at most 100 blocks, each as in a message. */
export function checkSlackView(view: unknown): string | undefined {
  const { type, blocks } = (view ?? {}) as { type?: unknown; blocks?: unknown };
  if (type !== 'home' || !Array.isArray(blocks) || blocks.length > 100) return 'invalid_arguments';
  for (const block of blocks as Record<string, unknown>[]) if (checkBlock(block)) return 'invalid_arguments';
  return undefined;
}

function visibleLength(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((n: number, v) => n + visibleLength(v), 0);
  if (!value || typeof value !== 'object') return 0;
  let n = 0;
  for (const [key, v] of Object.entries(value)) {
    if (key === 'text' && typeof v === 'string') n += v.length;
    else if (key !== 'value') n += visibleLength(v);
  }
  return n;
}
