import { type Client, Events } from 'discord.js';
import type { Core, Logger } from '../../core/index.js';
import type { Metrics } from '../../infra/metrics/index.js';
import { createAttachmentReader } from './attachments.js';
import { createEmbedCheck } from './embed-permission.js';
import { createInteractionHandler } from './handle-interaction.js';
import { createMessageHandler } from './handle-message.js';
import type { SendGuard } from './send-guard.js';

/** Runs one event's handling and keeps count of it (for a graceful stop and for tests). */
export type TrackEvent = (kind: 'message' | 'interaction', id: string, work: () => Promise<void>) => void;

export interface DiscordListenerDeps {
  core: Core;
  logger: Logger;
  metrics: Metrics;
  /** Runs replies and reactions: bounded retries, failures logged and counted. */
  guard: SendGuard;
  /** How long an interaction may take before it is deferred (Discord voids it after 3 s). */
  deferAfterMs: number;
  track: TrackEvent;
  /** Text attachments (`message.txt`, `.log`) are read up to `maxBytes`; absent, only message content is. */
  attachments?: { maxBytes: number; apiUrl?: string | undefined };
}

/**
 * The handlers, built once per adapter, and attached to each client the adapter connects.
 */
export function createDiscordListeners(deps: DiscordListenerDeps): (client: Client) => void {
  const { core, logger, metrics, guard, deferAfterMs, track } = deps;
  const { maxBytes, apiUrl } = deps.attachments ?? {};
  const attachments =
    maxBytes === undefined
      ? {}
      : { attachments: createAttachmentReader({ logger, metrics, maxBytes, ...(apiUrl ? { apiUrl } : {}) }) };
  const handleInteraction = createInteractionHandler({ core, logger, deferAfterMs, guard, ...attachments });
  return (client) => {
    // The Embed Links answers are the client's: remembered until its events say they may differ.
    const canEmbed = createEmbedCheck(client);
    const handleMessage = createMessageHandler({ core, guard, metrics, logger, ...attachments, canEmbed });
    client.on(Events.MessageCreate, (message) => track('message', message.id, () => handleMessage(message)));
    client.on(Events.InteractionCreate, (i) =>
      track('interaction', i.id, async () => {
        if (await handleInteraction(i)) metrics.replyPosted('discord', 'interaction');
      }),
    );
  };
}
