/**
 * What Discord refuses in a message body (Create Message, an interaction's answer, a webhook edit
 * or follow-up) and in an autocomplete answer, as its documentation states the limits: a body over
 * one is answered 400, 50035 Invalid Form Body, naming the field. Discord counts characters (code
 * points), not UTF-16 units. Reference: discord.com/developers/docs/resources/message#create-message,
 * …/resources/message#embed-object-embed-limits, …/interactions/message-components.
 */
type Json = Record<string, unknown>;

/** Field path → what is wrong there, as Discord's `errors` would say. */
export type BodyProblems = Record<string, string>;

const length = (value: unknown) => (typeof value === 'string' ? [...value].length : 0);
const list = (value: unknown): Json[] => (Array.isArray(value) ? (value as Json[]) : []);

/** Problems in a message body; an empty record when Discord would take it. */
export function checkMessageBody(body: Json): BodyProblems {
  const problems: BodyProblems = {};
  const max = (path: string, value: unknown, limit: number) => {
    if (length(value) > limit) problems[path] = `Must be ${limit} or fewer in length.`;
  };
  const notBlank = (path: string, value: unknown) => {
    if (typeof value !== 'string' || value.trim() === '') problems[path] = 'This field is required';
  };
  max('content', body.content, 2000);
  const embeds = list(body.embeds);
  if (embeds.length > 10) problems.embeds = 'Must be 10 or fewer in length.';
  let total = 0;
  embeds.forEach((embed, i) => {
    const at = `embeds.${i}`;
    const author = (embed.author ?? {}) as Json;
    const footer = (embed.footer ?? {}) as Json;
    max(`${at}.title`, embed.title, 256);
    max(`${at}.description`, embed.description, 4096);
    max(`${at}.author.name`, author.name, 256);
    max(`${at}.footer.text`, footer.text, 2048);
    const fields = list(embed.fields);
    if (fields.length > 25) problems[`${at}.fields`] = 'Must be 25 or fewer in length.';
    fields.forEach((field, j) => {
      notBlank(`${at}.fields.${j}.name`, field.name);
      notBlank(`${at}.fields.${j}.value`, field.value);
      max(`${at}.fields.${j}.name`, field.name, 256);
      max(`${at}.fields.${j}.value`, field.value, 1024);
      total += length(field.name) + length(field.value);
    });
    total += length(embed.title) + length(embed.description) + length(author.name) + length(footer.text);
  });
  if (total > 6000) problems.embeds = 'Embed size exceeds maximum size of 6000';
  checkComponents(list(body.components), problems);
  const empty = length(body.content) === 0 && embeds.length === 0 && list(body.components).length === 0;
  if (empty && list(body.attachments).length === 0 && !body.sticker_ids && !body.poll)
    problems.content = 'Cannot send an empty message';
  return problems;
}

function checkComponents(rows: Json[], problems: BodyProblems): void {
  if (rows.length > 5) problems.components = 'Must be 5 or fewer in length.';
  const ids = new Set<string>();
  rows.forEach((row, i) => {
    const items = list(row.components);
    if (row.type !== 1 || items.length === 0 || items.length > 5)
      problems[`components.${i}`] = 'An action row holds 1 to 5 buttons.';
    items.forEach((item, j) => {
      const at = `components.${i}.components.${j}`;
      if (length(item.label) > 80) problems[`${at}.label`] = 'Must be 80 or fewer in length.';
      if (item.url !== undefined) return;
      const id = item.custom_id;
      if (typeof id !== 'string' || length(id) === 0 || length(id) > 100)
        problems[`${at}.custom_id`] = 'Must be between 1 and 100 in length.';
      else if (ids.has(id)) problems[`${at}.custom_id`] = 'Component custom id cannot be duplicated';
      else ids.add(id);
      if (length(item.label) === 0 && item.emoji === undefined)
        problems[`${at}.label`] = 'A button needs a label or an emoji.';
    });
  });
}

/** Problems in an autocomplete answer (interaction callback type 8). */
export function checkChoices(data: Json): BodyProblems {
  const problems: BodyProblems = {};
  const choices = list(data.choices);
  if (choices.length > 25) problems.choices = 'Must be 25 or fewer in length.';
  choices.forEach((choice, i) => {
    for (const key of ['name', 'value'] as const) {
      const value = choice[key];
      if (typeof value === 'string' && (length(value) < 1 || length(value) > 100))
        problems[`choices.${i}.${key}`] = 'Must be between 1 and 100 in length.';
    }
  });
  return problems;
}

/** Discord's answer to a body with problems: 400, 50035, the problems under `errors`. */
export function invalidFormBody(problems: BodyProblems) {
  const errors: Json = {};
  for (const [path, message] of Object.entries(problems))
    errors[path] = { _errors: [{ code: 'BASE_TYPE_BAD', message }] };
  return { status: 400, body: { code: 50035, message: 'Invalid Form Body', errors } };
}
