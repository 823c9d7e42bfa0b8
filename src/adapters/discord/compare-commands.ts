import type { APIApplicationCommand, RESTPutAPIApplicationCommandsJSONBody } from 'discord.js';

type Json = Record<string, unknown>;
type Desired = RESTPutAPIApplicationCommandsJSONBody[number];

/**
 * What a bulk overwrite with `desired` would change in `existing` (as Discord returns them, with
 * `with_localizations=true`): `+ name` added, `~ name` changed, `- name` removed. Empty when
 * nothing would change. Server-side fields (ids, versions) and defaults Discord fills in
 * (`required: false`, `nsfw: false`, `null` localisations) do not count as changes.
 */
export function describeCommandChanges(
  existing: readonly APIApplicationCommand[],
  desired: readonly Desired[],
): string[] {
  const key = (c: { type?: number; name: string }) => `${c.type ?? 1}:${c.name}`;
  const before = new Map(existing.map((c) => [key(c), canonical(normaliseCommand(c as unknown as Json))]));
  const after = new Map(desired.map((c) => [key(c), canonical(normaliseCommand(c as unknown as Json))]));
  const changes: string[] = [];
  for (const [k, value] of after) {
    const name = k.slice(k.indexOf(':') + 1);
    if (!before.has(k)) changes.push(`+ ${name}`);
    else if (before.get(k) !== value) changes.push(`~ ${name}`);
  }
  for (const k of before.keys()) if (!after.has(k)) changes.push(`- ${k.slice(k.indexOf(':') + 1)}`);
  return changes;
}

const COMMAND_KEYS = [
  'type',
  'name',
  'name_localizations',
  'description',
  'description_localizations',
  'options',
  'default_member_permissions',
  'contexts',
  'integration_types',
  'nsfw',
] as const;

const OPTION_KEYS = [
  'type',
  'name',
  'name_localizations',
  'description',
  'description_localizations',
  'required',
  'autocomplete',
  'choices',
  'options',
  'channel_types',
  'min_value',
  'max_value',
  'min_length',
  'max_length',
] as const;

function normaliseCommand(command: Json): Json {
  const out = pick(command, COMMAND_KEYS);
  out.type ??= 1;
  // Discord installs to servers when integration_types is left out.
  out.integration_types ??= [0];
  if (Array.isArray(out.options)) out.options = out.options.map((o: Json) => normaliseOption(o));
  return out;
}

function normaliseOption(option: Json): Json {
  const out = pick(option, OPTION_KEYS);
  if (Array.isArray(out.options)) out.options = out.options.map((o: Json) => normaliseOption(o));
  if (Array.isArray(out.choices)) {
    out.choices = out.choices.map((c: Json) => pick(c, ['name', 'name_localizations', 'value'] as const));
  }
  return out;
}

/** Keeps `keys`, dropping values that mean "not set": undefined, null, false, '', [] and {}. */
function pick(source: Json, keys: readonly string[]): Json {
  const out: Json = {};
  for (const k of keys) {
    const value = source[k];
    const empty =
      value === undefined ||
      value === null ||
      value === false ||
      value === '' ||
      (Array.isArray(value) && value.length === 0) ||
      (typeof value === 'object' &&
        !Array.isArray(value) &&
        value !== null &&
        Object.keys(value).length === 0);
    if (!empty) out[k] = value;
  }
  return out;
}

/** JSON with sorted object keys, so equal values compare equal whatever their key order. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Json).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
