import {
  type APIActionRowComponent,
  type APIButtonComponentWithCustomId,
  type APIEmbed,
  type APIEmbedField,
  ButtonStyle,
  ComponentType,
} from 'discord.js';
import { headingLine, type Reply, type ReplyKind, type ReplySection } from '../../core/index.js';
import { encodeShareId } from './commands.js';
import { escapeDiscordMarkdown, truncateText } from './escape-markdown.js';
import { encodeFeedbackId } from './feedback-ids.js';
import { DISCORD_LIMITS } from './limits.js';

/** The note added wherever a reply had to be shortened. */
export const SHORTENED_NOTE = "Shortened to fit Discord's limits.";

/** A message body as discord.js and the REST API accept it (without `allowed_mentions`). */
export interface DiscordReplyPayload {
  content?: string;
  embeds: APIEmbed[];
  components: APIActionRowComponent<APIButtonComponentWithCustomId>[];
}

export interface RenderDiscordOptions {
  /** False where the bot lacks Embed Links: the reply goes out as message content instead. */
  embeds?: boolean;
}

const COLORS = {
  explanation: 0x5865f2,
  candidates: 0x5865f2,
  triage: 0xfee75c,
  'not-found': 0x99aab5,
  usage: 0x99aab5,
  settings: 0x57f287,
  refusal: 0xed4245,
} as const satisfies Record<ReplyKind, number>;

/** Renders core's neutral reply as one Discord message: an embed (or plain content) and its buttons. */
export function renderDiscordReply(reply: Reply, options: RenderDiscordOptions = {}): DiscordReplyPayload {
  const components = renderButtons(reply);
  if (options.embeds === false) return { content: renderContent(reply), embeds: [], components };
  return { embeds: [renderEmbed(reply)], components };
}

function renderEmbed(reply: Reply): APIEmbed {
  let shortened = false;
  const cut = (text: string, max: number) => {
    if (text.length > max) shortened = true;
    return truncateText(text, max);
  };
  const title = cut(escapeDiscordMarkdown(reply.title), DISCORD_LIMITS.title);
  const descriptionParts: string[] = [];
  if (reply.subtitle) descriptionParts.push(`*${escapeDiscordMarkdown(reply.subtitle)}*`);
  const fields: APIEmbedField[] = [];
  // Sections stay in order: prose goes in the description until the first section with fields;
  // from there on every section is an embed field, because fields always show below the description.
  // A headed section becomes one field under its heading; loose label/value pairs become a grid.
  for (const section of reply.sections) {
    if (fields.length === 0 && !section.fields?.length) {
      descriptionParts.push(renderSectionMarkdown(section, reply.locale));
      continue;
    }
    if (section.heading) {
      const body = [renderSectionBody(section), ...renderFieldLines(section, reply.locale)]
        .filter(Boolean)
        .join('\n');
      fields.push({
        name: cut(orBlank(escapeDiscordMarkdown(section.heading)), DISCORD_LIMITS.fieldName),
        value: cut(orBlank(body), DISCORD_LIMITS.fieldValue),
      });
      continue;
    }
    const body = renderSectionBody(section);
    if (body.trim()) fields.push({ name: '\u200b', value: cut(body, DISCORD_LIMITS.fieldValue) });
    for (const field of section.fields ?? []) {
      fields.push({
        name: cut(orBlank(escapeDiscordMarkdown(field.label)), DISCORD_LIMITS.fieldName),
        value: cut(orBlank(escapeDiscordMarkdown(field.value)), DISCORD_LIMITS.fieldValue),
        inline: field.inline ?? false,
      });
    }
  }
  let description = cut(descriptionParts.join('\n\n'), DISCORD_LIMITS.description);
  if (fields.length > DISCORD_LIMITS.fields) {
    fields.length = DISCORD_LIMITS.fields;
    shortened = true;
  }

  const footerFor = (isShort: boolean) =>
    [reply.footer, isShort ? shortenedNoteOf(reply) : undefined].filter(Boolean).join(' · ');
  const reserve = footerFor(true).length;
  let total = title.length + description.length + sumFields(fields);
  // Over the 6000 budget: drop fields from the end first, then shorten the description.
  while (total + reserve > DISCORD_LIMITS.embedTotal && fields.length > 0) {
    const dropped = fields.pop();
    total -= (dropped?.name.length ?? 0) + (dropped?.value.length ?? 0);
    shortened = true;
  }
  if (total + reserve > DISCORD_LIMITS.embedTotal) {
    description = truncateText(description, DISCORD_LIMITS.embedTotal - reserve - title.length);
    shortened = true;
  }

  const embed: APIEmbed = { color: COLORS[reply.kind] };
  if (title.trim()) embed.title = title;
  if (description.trim()) embed.description = description;
  // Discord rejects an embed with nothing in it.
  else if (!embed.title && fields.length === 0) embed.description = '\u200b';
  if (fields.length > 0) embed.fields = fields;
  const footer = truncateText(footerFor(shortened), DISCORD_LIMITS.footer);
  if (footer) embed.footer = { text: footer };
  return embed;
}

/** Discord rejects blank field names and values; a zero-width space is the documented way to leave one empty. */
function orBlank(text: string): string {
  return text.trim() ? text : '\u200b';
}

function sumFields(fields: readonly APIEmbedField[]): number {
  return fields.reduce((n, f) => n + f.name.length + f.value.length, 0);
}

function renderSectionBody(section: ReplySection): string {
  const lines: string[] = [];
  if (section.text) lines.push(escapeDiscordMarkdown(section.text));
  for (const item of section.items ?? []) lines.push(`• ${escapeDiscordMarkdown(item)}`);
  return lines.join('\n');
}

/** `**Label:** value`; Chinese takes the full-width colon and no space (`**標籤：**值`), as headingLine writes it. */
function renderFieldLines(section: ReplySection, locale: Reply['locale']): string[] {
  const gap = locale === 'zh-TW' ? '' : ' ';
  return (section.fields ?? []).map(
    (field) =>
      `**${headingLine(escapeDiscordMarkdown(field.label), locale)}**${gap}${escapeDiscordMarkdown(field.value)}`,
  );
}

function renderSectionMarkdown(section: ReplySection, locale: Reply['locale']): string {
  const lines: string[] = [];
  if (section.heading) lines.push(`**${escapeDiscordMarkdown(section.heading)}**`);
  const body = renderSectionBody(section);
  if (body) lines.push(body);
  lines.push(...renderFieldLines(section, locale));
  return lines.join('\n');
}

/** Core's note in the reply's language, else the default. */
function shortenedNoteOf(reply: Reply): string {
  return reply.shortenedNote?.trim() ? escapeDiscordMarkdown(reply.shortenedNote.trim()) : SHORTENED_NOTE;
}

/** The whole reply as message content, for channels where embeds would not show. */
function renderContent(reply: Reply): string {
  const parts = [`**${escapeDiscordMarkdown(reply.title)}**`];
  if (reply.subtitle) parts.push(`*${escapeDiscordMarkdown(reply.subtitle)}*`);
  for (const section of reply.sections) parts.push(renderSectionMarkdown(section, reply.locale));
  if (reply.footer) parts.push(`-# ${escapeDiscordMarkdown(reply.footer)}`);
  const content = parts.join('\n\n');
  if (content.length <= DISCORD_LIMITS.content) return content;
  const note = `\n-# ${shortenedNoteOf(reply)}`;
  return truncateText(content, DISCORD_LIMITS.content - note.length) + note;
}

function renderButtons(reply: Reply): APIActionRowComponent<APIButtonComponentWithCustomId>[] {
  const buttons: APIButtonComponentWithCustomId[] = [];
  for (const action of reply.actions) {
    // Core gives Discord no brief answers, so no "More" button comes here.
    if (action.id === 'more') continue;
    const customId =
      action.id === 'share' ? encodeShareId(action.value) : encodeFeedbackId(action.id, action.value);
    // A value too long for a custom_id cannot round-trip; the button is left out rather than broken.
    if (customId === undefined) continue;
    buttons.push({
      type: ComponentType.Button,
      style: ButtonStyle.Secondary,
      label: truncateText(action.label.trim() || 'Share', DISCORD_LIMITS.buttonLabel),
      custom_id: customId,
    });
  }
  const rows: APIActionRowComponent<APIButtonComponentWithCustomId>[] = [];
  for (
    let i = 0;
    i < buttons.length && rows.length < DISCORD_LIMITS.actionRows;
    i += DISCORD_LIMITS.buttonsPerRow
  ) {
    rows.push({
      type: ComponentType.ActionRow,
      components: buttons.slice(i, i + DISCORD_LIMITS.buttonsPerRow),
    });
  }
  return rows;
}
