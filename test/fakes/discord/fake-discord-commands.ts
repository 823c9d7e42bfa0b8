type Json = Record<string, unknown>;

/** What Discord stores and returns for a registered command: ids, a version and server-side defaults. */
export function normaliseCommand(
  cmd: Json,
  scope: string,
  applicationId: string,
  previous: Json[],
  id: () => string,
): Json {
  const type = (cmd.type as number | undefined) ?? 1;
  const same = previous.find((p) => p.name === cmd.name && p.type === type);
  const saved: Json = {
    id: same?.id ?? id(),
    application_id: applicationId,
    version: id(),
    default_member_permissions: cmd.default_member_permissions ?? null,
    type,
    name: cmd.name,
    name_localizations: cmd.name_localizations ?? null,
    description: cmd.description ?? '',
    description_localizations: cmd.description_localizations ?? null,
    contexts: cmd.contexts ?? null,
    integration_types: cmd.integration_types ?? [0],
    nsfw: cmd.nsfw ?? false,
  };
  if (scope === 'global') saved.dm_permission = true;
  else saved.guild_id = scope;
  if (Array.isArray(cmd.options)) {
    saved.options = (cmd.options as Json[]).map(({ required, ...option }) =>
      required ? { ...option, required } : option,
    );
  }
  return saved;
}
