import { type Client, Events } from 'discord.js';
import type { Core, Logger } from '../../core/index.js';
import { createInteractionHandler } from './handle-interaction.js';
import { createMessageHandler } from './handle-message.js';
import { createSendGuard } from './send-guard.js';

/** Runs one event's handling and keeps count of it (for a graceful stop and for tests). */
export type TrackEvent = (kind: 'message' | 'interaction', id: string, work: () => Promise<void>) => void;

export interface DiscordListenerDeps {
  core: Core;
  logger: Logger;
  /** How long an interaction may take before it is deferred (Discord voids it after 3 s). */
  deferAfterMs: number;
  track: TrackEvent;
}

/**
 * The handlers, built once per adapter (the send guard remembers which channels refused a
 * permission), and attached to each client the adapter connects.
 */
export function createDiscordListeners(deps: DiscordListenerDeps): (client: Client) => void {
  const { core, logger, deferAfterMs, track } = deps;
  const handleMessage = createMessageHandler({ core, guard: createSendGuard(logger) });
  const handleInteraction = createInteractionHandler({ core, logger, deferAfterMs });
  return (client) => {
    client.on(Events.MessageCreate, (message) => track('message', message.id, () => handleMessage(message)));
    client.on(Events.InteractionCreate, (i) => track('interaction', i.id, () => handleInteraction(i)));
  };
}
