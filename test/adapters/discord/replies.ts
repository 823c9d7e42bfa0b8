import type { RecordedRequest } from '../../fakes/discord/fake-discord.js';
import type { ContractReply } from '../adapter-contract.js';

/** What users would see of the adapter's REST calls, for the contract and the end-to-end tests. */
type Json = Record<string, unknown>;

const EPHEMERAL = 64;
const CALLBACK = { message: 4, deferred: 5 } as const;

/** The replies a user would see, from the REST calls the adapter made. */
export function toContractReplies(requests: readonly RecordedRequest[]): ContractReply[] {
  const replies: ContractReply[] = [];
  let deferredEphemeral = false;
  for (const request of requests) {
    const body = request.body as Json;
    if (request.method === 'POST' && /^\/channels\/\d+\/messages$/.test(request.path)) {
      if (request.status !== 200) continue;
      replies.push(toReply(body, false, Boolean(body.message_reference)));
    } else if (request.method === 'POST' && request.path.endsWith('/callback')) {
      const data = (body.data as Json | undefined) ?? {};
      const ephemeral = ((Number(data.flags) || 0) & EPHEMERAL) !== 0;
      if (body.type === CALLBACK.message) replies.push(toReply(data, ephemeral, false));
      if (body.type === CALLBACK.deferred) deferredEphemeral = ephemeral;
    } else if (request.method === 'PATCH' && request.path.endsWith('/messages/@original')) {
      replies.push(toReply(body, deferredEphemeral, false));
    } else if (request.method === 'POST' && /^\/webhooks\/\d+\/[^/]+$/.test(request.path)) {
      replies.push(toReply(body, ((Number(body.flags) || 0) & EPHEMERAL) !== 0, false));
    }
  }
  return replies;
}

function toReply(body: Json, ephemeral: boolean, threaded: boolean): ContractReply {
  return { text: visibleText(body), ephemeral, threaded, pings: wouldPing(body) };
}

/** All text Discord shows for a message body, with markdown escapes removed as Discord renders them. */
export function visibleText(body: Json): string {
  const parts: string[] = [];
  if (typeof body.content === 'string') parts.push(body.content);
  for (const embed of (body.embeds as Json[] | undefined) ?? []) {
    parts.push(String(embed.title ?? ''), String(embed.description ?? ''));
    for (const field of (embed.fields as Json[] | undefined) ?? [])
      parts.push(String(field.name), String(field.value));
    parts.push(String((embed.footer as Json | undefined)?.text ?? ''));
  }
  for (const row of (body.components as Json[] | undefined) ?? []) {
    for (const button of (row.components as Json[] | undefined) ?? []) parts.push(String(button.label ?? ''));
  }
  return parts
    .filter(Boolean)
    .join('\n')
    .replace(/\\([\\*_~|[\]<>`#+\-.])/g, '$1')
    .replaceAll('\u200b', '');
}

/**
 * Whether Discord would notify anyone beyond the asker: mentions in `content` ping unless
 * `allowed_mentions` stops them (embeds never ping). Without `allowed_mentions`, Discord parses all.
 */
function wouldPing(body: Json): boolean {
  const content = typeof body.content === 'string' ? body.content : '';
  const allowed = body.allowed_mentions as
    | { parse?: string[]; users?: string[]; roles?: string[] }
    | undefined;
  const parse = allowed ? (allowed.parse ?? []) : ['everyone', 'users', 'roles'];
  if ((allowed?.users?.length ?? 0) > 0 || (allowed?.roles?.length ?? 0) > 0) return true;
  if (parse.includes('everyone') && /@(everyone|here)\b/.test(content)) return true;
  if (parse.includes('roles') && /<@&\d+>/.test(content)) return true;
  return parse.includes('users') && /<@!?\d+>/.test(content);
}
