import type { Reply } from './model.js';

/** A heading (or a field's label) as plain text, with the colon of the reply's language: `:` or `：`. */
export function headingLine(heading: string, locale: Reply['locale'], value?: string): string {
  const colon = locale === 'zh-TW' ? '：' : ':';
  if (value === undefined) return `${heading}${colon}`;
  return `${heading}${colon}${locale === 'zh-TW' ? '' : ' '}${value}`;
}

/** A reply without its plain-text fallback, which {@link makeReply} derives. */
export type ReplyDraft = Omit<Reply, 'fallback' | 'actions'> & Partial<Pick<Reply, 'actions'>>;

/** Renders a reply as plain text: the fallback for notifications, and what the terminal shows. */
function toPlainText(reply: Omit<Reply, 'fallback'>): string {
  const lines: string[] = [reply.title];
  if (reply.subtitle) lines.push(reply.subtitle);
  for (const section of reply.sections) {
    lines.push('');
    if (section.heading) lines.push(headingLine(section.heading, reply.locale));
    if (section.text) lines.push(section.text);
    for (const item of section.items ?? []) lines.push(`  • ${item}`);
    for (const field of section.fields ?? []) lines.push(headingLine(field.label, reply.locale, field.value));
  }
  if (reply.footer) lines.push('', reply.footer);
  return lines.join('\n');
}

/** Completes a draft into a {@link Reply}: default actions and the plain-text fallback. */
export function makeReply(draft: ReplyDraft): Reply {
  const withActions = { ...draft, actions: draft.actions ?? [] };
  return { ...withActions, fallback: toPlainText(withActions) };
}
