import { headingLine, type Reply } from '../../core/index.js';
import { stripControls as clean } from './strip-controls.js';

export interface TerminalStyle {
  /** ANSI colours; only when writing to a TTY. */
  color: boolean;
  /** Prefix for every line (a thread reply is indented). */
  indent?: string;
}

const ANSI = { bold: '1', dim: '2', cyan: '36', yellow: '33' } as const;

/** Renders a reply for a terminal: the same content as the chat, as text, with optional colour. */
export function renderTerminalReply(reply: Reply, style: TerminalStyle): string {
  const paint = (code: keyof typeof ANSI, s: string) =>
    style.color ? `\u001b[${ANSI[code]}m${s}\u001b[0m` : s;
  const code = (s: string) => (style.color ? s.replace(/`([^`]+)`/g, (_, c: string) => paint('cyan', c)) : s);
  const lines: string[] = [paint('bold', clean(reply.title))];
  if (reply.subtitle) lines.push(paint('dim', clean(reply.subtitle)));
  for (const section of reply.sections) {
    if (section.heading) lines.push(paint('yellow', headingLine(clean(section.heading), reply.locale)));
    if (section.text) lines.push(...clean(section.text).split('\n').map(code));
    for (const item of section.items ?? []) lines.push(`  • ${code(clean(item))}`);
    for (const field of section.fields ?? [])
      lines.push(headingLine(clean(field.label), reply.locale, code(clean(field.value))));
  }
  if (reply.footer) lines.push(paint('dim', clean(reply.footer)));
  for (const action of reply.actions) lines.push(paint('dim', `[${clean(action.label)}]`));
  const indent = style.indent ?? '';
  return lines.map((l) => `${indent}${l}`).join('\n');
}
