import type { CoreContext } from './context.js';
import { isStoreUnavailable } from './ports/index.js';
import { type PasteContext, type Reply, readKeptContext } from './reply/index.js';

/**
 * How long a reply's paste context is kept for its buttons. Share and More sit under private
 * answers (Slack ephemeral messages, Discord ephemeral replies) that stay pressable while the asker's
 * client shows them, which neither platform bounds; they go with a reload or a restart of the
 * client, so in practice within the working day or on-call shift they were asked in. A day covers
 * that; a press after it still answers, with placeholders in the checks.
 */
export const BUTTON_CONTEXT_MS = 24 * 60 * 60_000;

const storeKey = (key: string) => `button-context:${key}`;

/** Logs a store failure of the buttons' context: an outage (logged by the store itself) at debug only. */
function logFailure(ctx: CoreContext, what: string, error: unknown): void {
  if (isStoreUnavailable(error)) ctx.logger.debug(`${what}: the store cannot be used`);
  else ctx.logger.warn(what, { error });
}

/**
 * Keeps what the buttons of `reply` need (its paste's hosts and ports) for {@link BUTTON_CONTEXT_MS},
 * each time the reply is given out (a kept answer too: its key is the same, and its lifetime starts
 * again). A store that cannot keep it still lets the reply go out: its buttons then show placeholders.
 */
export async function keepButtonContext(ctx: CoreContext, reply: Reply): Promise<void> {
  const kept = new Map(reply.actions.flatMap((a) => (a.kept ? [[a.kept.key, a.kept.value] as const] : [])));
  await Promise.all(
    [...kept].map(([key, value]) =>
      ctx.store
        .remember(storeKey(key), value, BUTTON_CONTEXT_MS)
        .catch((error: unknown) => logFailure(ctx, 'could not keep the paste context of a reply', error)),
    ),
  );
}

/** The paste context a button's key names; undefined once it expired, or while the store cannot be read. */
export async function recallButtonContext(
  ctx: CoreContext,
  key: string | undefined,
): Promise<PasteContext | undefined> {
  if (!key) return undefined;
  try {
    return readKeptContext(await ctx.store.recall(storeKey(key)));
  } catch (error) {
    logFailure(ctx, 'could not read the paste context of a button', error);
    return undefined;
  }
}
