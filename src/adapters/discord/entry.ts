import { once } from 'node:events';
import {
  Client,
  type ClientOptions,
  DiscordjsError,
  DiscordjsErrorCodes,
  Events,
  GatewayCloseCodes,
  GatewayIntentBits,
  Partials,
} from 'discord.js';
import type { DiscordConfig } from '../../config/index.js';
import type { Adapter, AdapterDeps } from '../adapter.js';
import { DEFAULT_DEFER_AFTER_MS, NO_MENTIONS } from './answer-interaction.js';
import { createDiscordListeners, type TrackEvent } from './listeners.js';

/** Test seams; production needs none of them. */
export interface DiscordAdapterOptions {
  /**
   * Called when discord.js hands the adapter an event (`received`) and when the adapter is done with
   * it (`settled`: answered, stayed silent or failed). discord.js itself drops some events, such as
   * a MESSAGE_CREATE for a message it already has, so not every dispatch is received.
   */
  onEvent?: (event: AdapterEvent) => void;
  /** How long an interaction may take before it is deferred (Discord voids it after 3 s). */
  deferAfterMs?: number;
  /** How long `stop()` waits for events still being answered. */
  drainMs?: number;
}

/** An event the adapter handles, for {@link DiscordAdapterOptions.onEvent}. */
export interface AdapterEvent {
  kind: 'message' | 'interaction';
  id: string;
  phase: 'received' | 'settled';
}

/** What the log says, once per start, when Discord refuses the Message Content intent. */
export const MESSAGE_CONTENT_MISSING =
  'Discord did not grant the Message Content intent (gateway close 4014), so sockerr cannot read pasted ' +
  'errors in server channels. It still answers /sockerr, "Explain socket errors", DMs and messages that ' +
  'mention it. To auto-reply everywhere: Discord Developer Portal → your application → Bot → Privileged ' +
  'Gateway Intents → switch on "Message Content Intent", save, and restart sockerr.';

const BASE_INTENTS = [
  GatewayIntentBits.Guilds,
  GatewayIntentBits.GuildMessages,
  GatewayIntentBits.DirectMessages,
];

/** The Discord adapter: discord.js over the gateway; every decision is core's. */
export function createDiscordAdapter(deps: AdapterDeps, options: DiscordAdapterOptions = {}): Adapter {
  const { core, logger } = deps;
  const config = deps.config.discord;
  if (!config) throw new Error('the Discord adapter needs DISCORD_TOKEN and DISCORD_APPLICATION_ID');
  const inFlight = new Set<Promise<void>>();
  let client: Client | null = null;
  let stopping = false;

  const track: TrackEvent = (kind, id, work) => {
    if (stopping) return;
    options.onEvent?.({ kind, id, phase: 'received' });
    const run = work()
      .catch((error: unknown) => logger.error(`Discord ${kind} failed`, { id, error }))
      .finally(() => {
        inFlight.delete(run);
        options.onEvent?.({ kind, id, phase: 'settled' });
      });
    inFlight.add(run);
  };
  const listen = createDiscordListeners({
    core,
    logger,
    deferAfterMs: options.deferAfterMs ?? DEFAULT_DEFER_AFTER_MS,
    track,
  });

  const connect = async (messageContent: boolean): Promise<{ client: Client; closeCode?: number }> => {
    const intents = messageContent ? [...BASE_INTENTS, GatewayIntentBits.MessageContent] : BASE_INTENTS;
    const next = new Client(clientOptions(config, intents));
    const outcome: { client: Client; closeCode?: number } = { client: next };
    next.on(Events.ShardDisconnect, (event) => {
      outcome.closeCode = event.code;
      // discord.js gives up on these codes (bad token, refused intents); say so rather than sit silent.
      if (client === next && !stopping) {
        logger.error('Discord closed the gateway for good; sockerr is offline on Discord until restarted', {
          code: event.code,
        });
        deps.onFatal?.(new Error(`Discord closed the gateway with code ${event.code}`));
      }
    });
    next.on(Events.Error, (error) => logger.error('Discord client error', { error }));
    next.on(Events.ShardError, (error) => {
      // A refused intent is explained below, in words a user can act on.
      if (outcome.closeCode !== GatewayCloseCodes.DisallowedIntents) {
        logger.warn('Discord gateway connection error', { error });
      }
    });
    next.on(Events.Warn, (message) => logger.warn(message));
    listen(next);
    const abort = new AbortController();
    // Ready means every guild in READY has arrived (GUILD_CREATE), so channels and permissions are known.
    const ready = once(next, Events.ClientReady, { signal: abort.signal });
    ready.catch(() => undefined);
    try {
      await next.login(config.token);
      await ready;
    } catch (error) {
      abort.abort();
      // A failed login leaves the client's websocket manager and timers behind: release them.
      await next.destroy().catch(() => undefined);
      if (outcome.closeCode === GatewayCloseCodes.DisallowedIntents) return outcome;
      throw explainLoginError(error);
    }
    return outcome;
  };

  return {
    name: 'discord',
    async start() {
      stopping = false;
      let attempt = await connect(true);
      const messageContent = attempt.closeCode !== GatewayCloseCodes.DisallowedIntents;
      if (!messageContent) {
        logger.warn(MESSAGE_CONTENT_MISSING);
        attempt = await connect(false);
      }
      client = attempt.client;
      logger.info('connected to Discord', {
        user: client.user?.tag,
        guilds: client.guilds.cache.size,
        messageContent,
      });
    },
    async stop() {
      stopping = true;
      const drain = Promise.allSettled([...inFlight]);
      await Promise.race([
        drain,
        new Promise((resolve) => setTimeout(resolve, options.drainMs ?? 5_000).unref()),
      ]);
      const closing = client;
      client = null;
      // destroy() closes the gateway session with 1000, so Discord shows the bot offline at once.
      await closing?.destroy();
    },
  };
}

function clientOptions(config: DiscordConfig, intents: GatewayIntentBits[]): ClientOptions {
  const options: ClientOptions = {
    intents,
    // DM channels are not cached: without the Channel partial discord.js drops DMs.
    partials: [Partials.Channel],
    allowedMentions: { ...NO_MENTIONS, parse: [] },
  };
  if (config.apiUrl) options.rest = { api: config.apiUrl };
  return options;
}

/** Login errors in words that name the variable to fix; never the token itself. */
function explainLoginError(error: unknown): Error {
  if (error instanceof DiscordjsError && error.code === DiscordjsErrorCodes.TokenInvalid) {
    return new Error(
      'Discord rejected DISCORD_TOKEN (401 Unauthorized): reset the token in the Developer Portal under "Bot → Reset Token" and set DISCORD_TOKEN again',
    );
  }
  if (error instanceof Error && /Authentication failed/i.test(error.message)) {
    return new Error(
      'the Discord gateway rejected DISCORD_TOKEN (4004): copy a fresh token from "Bot → Reset Token"',
    );
  }
  return error instanceof Error ? error : new Error(String(error));
}
