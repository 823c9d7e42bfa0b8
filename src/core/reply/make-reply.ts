import type { Reply } from './model.js';

/** A reply without its plain-text fallback, which {@link makeReply} derives. */
export type ReplyDraft = Omit<Reply, 'fallback' | 'actions'> & Partial<Pick<Reply, 'actions'>>;

/** Renders a reply as plain text: the fallback for notifications, and what the terminal shows. */
function toPlainText(reply: Omit<Reply, 'fallback'>): string {
  const lines: string[] = [reply.title];
  if (reply.subtitle) lines.push(reply.subtitle);
  for (const section of reply.sections) {
    lines.push('');
    if (section.heading) lines.push(`${section.heading}:`);
    if (section.text) lines.push(section.text);
    for (const item of section.items ?? []) lines.push(`  • ${item}`);
    for (const field of section.fields ?? []) lines.push(`${field.label}: ${field.value}`);
  }
  if (reply.footer) lines.push('', reply.footer);
  return lines.join('\n');
}

/** Completes a draft into a {@link Reply}: default actions and the plain-text fallback. */
export function makeReply(draft: ReplyDraft): Reply {
  const withActions = { ...draft, actions: draft.actions ?? [] };
  return { ...withActions, fallback: toPlainText(withActions) };
}
