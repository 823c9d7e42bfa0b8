import { once } from 'node:events';
import { Client, Events, GatewayCloseCodes, GatewayIntentBits, RESTEvents } from 'discord.js';
import { createMetrics } from '../../infra/metrics/index.js';
import type { Adapter, AdapterDeps, StopReport } from '../adapter.js';
import { DEFAULT_DEFER_AFTER_MS } from './answer-interaction.js';
import { buildClientOptions } from './client-options.js';
import { describeDiscordError, explainLostInteraction } from './discord-errors.js';
import { gatewayUp, watchGateway } from './gateway-watch.js';
import { createDiscordListeners, type TrackEvent } from './listeners.js';
import { explainLoginError } from './login-errors.js';
import { createRateLimitCap } from './rate-limit-cap.js';
import { createSendGuard } from './send-guard.js';

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
  /** How long `stop()` waits for events still being answered. Default 8 s. */
  drainMs?: number;
  /** The deadline of one REST request. Default 10 s. */
  restTimeoutMs?: number;
  /** The first pause before retrying a 5xx, timeout or network error. Default 500 ms. */
  backoffMs?: number;
  /** The longest rate-limit wait worth taking; a longer one fails the call. Default 10 s. */
  maxRateLimitWaitMs?: number;
}

/** An event the adapter handles, for {@link DiscordAdapterOptions.onEvent}. */
export interface AdapterEvent {
  kind: 'message' | 'interaction';
  id: string;
  phase: 'received' | 'settled';
}

/** Events being answered at most; more messages than this are not queued for an auto-reply. */
const MAX_IN_FLIGHT = 1000;

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
  const metrics = deps.metrics ?? createMetrics();
  const config = deps.config.discord;
  if (!config) throw new Error('the Discord adapter needs DISCORD_TOKEN and DISCORD_APPLICATION_ID');
  const inFlight = new Set<Promise<void>>();
  let client: Client | null = null;
  let starting: Client | null = null; // being logged in, not yet `client`
  let stopping = false;

  let lastOverload = 0;
  const track: TrackEvent = (kind, id, work) => {
    if (stopping) return;
    options.onEvent?.({ kind, id, phase: 'received' });
    metrics.eventReceived('discord', kind);
    // discord.js sends at most 50 requests a second; beyond this backlog a message would only
    // wait in memory for minutes. Auto-replies are skipped (counted, logged); people's commands never are.
    if (kind === 'message' && inFlight.size >= MAX_IN_FLIGHT) {
      metrics.requestRejected('discord', 'overloaded');
      if (Date.now() - lastOverload > 60_000) {
        lastOverload = Date.now();
        logger.warn(
          `Discord: ${inFlight.size} events in flight; skipping auto-replies until the backlog clears`,
        );
      }
      options.onEvent?.({ kind, id, phase: 'settled' });
      return;
    }
    const run = work()
      .catch((error: unknown) => {
        metrics.apiFailure('discord', kind, describeDiscordError(error).error);
        const lost = explainLostInteraction(error);
        if (lost) logger[lost.level](lost.message, { id });
        else logger.error(`Discord ${kind} failed`, { id, error });
      })
      .finally(() => {
        inFlight.delete(run);
        options.onEvent?.({ kind, id, phase: 'settled' });
      });
    inFlight.add(run);
  };
  const guard = createSendGuard({
    logger,
    metrics,
    ...(options.backoffMs === undefined ? {} : { backoffMs: options.backoffMs }),
  });
  const listen = createDiscordListeners({
    core,
    logger,
    metrics,
    guard,
    deferAfterMs: options.deferAfterMs ?? DEFAULT_DEFER_AFTER_MS,
    track,
    attachments: { maxBytes: deps.config.maxFileBytes, apiUrl: config.apiUrl },
  });
  const rejectOnRateLimit = createRateLimitCap({
    maxWaitMs: options.maxRateLimitWaitMs ?? 10_000,
    maxHits: 3,
    windowMs: 60_000,
    onWait: (data) => {
      metrics.apiRetry('discord', data.route, 'rate_limited');
      logger.debug('Discord rate limit; waiting', { route: data.route, retryAfterMs: data.retryAfter });
    },
  });
  const limits = { restTimeoutMs: options.restTimeoutMs ?? 10_000, rejectOnRateLimit };

  const connect = async (messageContent: boolean): Promise<{ client: Client; closeCode?: number }> => {
    const intents = messageContent ? [...BASE_INTENTS, GatewayIntentBits.MessageContent] : BASE_INTENTS;
    const next = new Client(buildClientOptions(config, intents, limits));
    next.rest.on(RESTEvents.RateLimited, rejectOnRateLimit.pacing);
    const outcome: { client: Client; closeCode?: number } = { client: next };
    const gateway = watchGateway(next, {
      logger,
      metrics,
      live: () => client === next && !stopping,
      starting: () => starting === next && client !== next && !stopping,
      onFatal: deps.onFatal,
    });
    next.on(Events.ShardDisconnect, (event) => {
      outcome.closeCode = event.code;
    });
    next.on(Events.Error, (error) => logger.error('Discord client error', { error }));
    next.on(Events.ShardError, (error) => {
      // A refused intent is explained below, in words a user can act on.
      if ((outcome.closeCode ?? gateway.lastClose()) !== GatewayCloseCodes.DisallowedIntents)
        logger.warn('Discord gateway connection error', { error });
    });
    next.on(Events.Warn, (message) => logger.warn(message));
    listen(next);
    const abort = new AbortController();
    // Ready means every guild in READY has arrived (GUILD_CREATE), so channels and permissions are known.
    const ready = once(next, Events.ClientReady, { signal: abort.signal });
    ready.catch(() => undefined);
    starting = next;
    try {
      await next.login(config.token);
      await ready;
    } catch (error) {
      starting = null; // its destroy() below closes with 1000, and discord.js says "reconnecting"
      abort.abort();
      // A failed login leaves the client's websocket manager and timers behind: release them.
      await next.destroy().catch(() => undefined);
      if (outcome.closeCode === GatewayCloseCodes.DisallowedIntents) return outcome;
      throw explainLoginError(error, config.apiUrl);
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
    connected: () => !stopping && gatewayUp(client),
    async stop(): Promise<StopReport> {
      stopping = true;
      const drain = Promise.allSettled([...inFlight]);
      await Promise.race([
        drain,
        new Promise((resolve) => setTimeout(resolve, options.drainMs ?? 8_000).unref()),
      ]);
      const unfinished = inFlight.size;
      if (unfinished > 0) logger.warn('Discord adapter stopped with replies still in flight', { unfinished });
      const closing = client;
      client = null;
      // destroy() closes the gateway session with 1000, so Discord shows the bot offline at once.
      await closing?.destroy();
      return { unfinished };
    },
  };
}
