import { type Client, Events, Status } from 'discord.js';
import type { Logger } from '../../core/index.js';
import type { Metrics } from '../../infra/metrics/index.js';
import { describeCloseCode } from './close-codes.js';

export interface GatewayWatchDeps {
  logger: Logger;
  metrics: Pick<Metrics, 'connectionEvent'>;
  /** Whether this client is the adapter's live one, not stopping (a fatal close then matters). */
  live: () => boolean;
  /** Whether this client is still logging in: its failed tries are an outage too, but never fatal here. */
  starting?: () => boolean;
  onFatal?: ((error: Error) => void) | undefined;
  now?: () => number;
}

const OUTAGE_WARNING_EVERY_MS = 60_000;

/**
 * A log line and a metric for every gateway close (with what its code means), reconnect, resume
 * and fatal close, so an outage on Discord's side is visible, not silent; during an outage, a
 * warning when it starts and one a minute while it lasts (every close is still counted).
 */
export function watchGateway(client: Client, deps: GatewayWatchDeps): { lastClose(): number | undefined } {
  const { logger, metrics } = deps;
  const watched = new WeakSet<object>();
  let lastClose: number | undefined;
  let readyBefore = false;
  // While the gateway cannot be reached, discord.js tries again about twice a second, each try a
  // close: the first is a warning, then one a minute saying it is still down; the rest go to debug.
  let outage: { since: number; closes: number; warned: number } | undefined;
  const now = deps.now ?? Date.now;

  // discord.js reports the close code on the shard, before it says it is reconnecting.
  const watchShards = () => {
    for (const shard of client.ws.shards.values()) {
      if (watched.has(shard)) continue;
      watched.add(shard);
      shard.on('close', (event: { code: number }) => {
        lastClose = event.code;
      });
    }
  };
  client.on(Events.ShardReady, (shardId) => {
    watchShards();
    outage = undefined;
    if (readyBefore) {
      metrics.connectionEvent('discord', 'reconnect');
      logger.info('Discord gateway reconnected with a new session', { shard: shardId });
    }
    readyBefore = true;
  });
  client.on(Events.ShardReconnecting, (shardId) => {
    watchShards();
    // Not yet connected once: the gateway cannot be reached (a firewall that lets only the REST
    // API through, an outage). discord.js keeps trying and login waits, so this is all the log says.
    if (!readyBefore && deps.starting?.()) {
      startOutage(shardId);
      return;
    }
    // destroy() on stop closes with 1000 and discord.js still says "reconnecting": not an outage.
    if (!deps.live()) return;
    const code = lastClose;
    const { meaning } = code === undefined ? { meaning: 'unknown' } : describeCloseCode(code);
    metrics.connectionEvent('discord', 'close', code ?? 'unknown');
    const fields = { shard: shardId, code, meaning };
    const at = now();
    if (!outage) {
      outage = { since: at, closes: 1, warned: at };
      logger.warn(`Discord gateway closed (${code ?? '?'} ${meaning}); reconnecting`, fields);
      return;
    }
    outage.closes += 1;
    if (at - outage.warned < OUTAGE_WARNING_EVERY_MS) {
      logger.debug(`Discord gateway closed again (${code ?? '?'} ${meaning}); reconnecting`, fields);
      return;
    }
    outage.warned = at;
    const seconds = Math.round((at - outage.since) / 1000);
    logger.warn(
      `Discord gateway still down after ${seconds} s and ${outage.closes} tries (last: ${code ?? '?'} ${meaning}); reconnecting`,
      { ...fields, downSeconds: seconds, closes: outage.closes },
    );
  });
  /** A failed try before the first session: a warning, then one a minute while it lasts. */
  const startOutage = (shardId: number) => {
    const at = now();
    metrics.connectionEvent('discord', 'close', lastClose ?? 'unknown');
    const first = !outage;
    if (outage) outage.closes += 1;
    else outage = { since: at, closes: 1, warned: at };
    if (!first && at - outage.warned < OUTAGE_WARNING_EVERY_MS) return;
    outage.warned = at;
    // discord.js keeps the URL from GET /gateway/bot with a trailing slash.
    const gateway = client.ws.gateway?.replace(/\/$/, '');
    const seconds = Math.round((at - outage.since) / 1000);
    logger.warn(
      `Discord gateway ${gateway ?? ''} cannot be reached${first ? '' : ` after ${seconds} s and ${outage.closes} tries`} (last close: ${lastClose ?? 'none'}); retrying — sockerr starts on Discord once it connects. Check that this host may open WebSocket connections (wss, port 443) to it`,
      { shard: shardId, gateway, code: lastClose, closes: outage.closes },
    );
  };
  client.on(Events.ShardResume, (shardId, replayed) => {
    outage = undefined;
    metrics.connectionEvent('discord', 'resume');
    logger.info(`Discord gateway session resumed; ${replayed} missed event(s) replayed`, {
      shard: shardId,
      replayed,
    });
  });
  client.on(Events.ShardDisconnect, (event) => {
    lastClose = event.code;
    // discord.js gives up on these codes (bad token, refused intents); say so rather than sit silent.
    if (!deps.live()) return;
    const { meaning, fix } = describeCloseCode(event.code);
    metrics.connectionEvent('discord', 'fatal_close', event.code);
    logger.error(
      `Discord closed the gateway for good (${event.code} ${meaning}); sockerr is offline on Discord until restarted${fix ? `. ${fix}` : ''}`,
      { code: event.code, meaning, ...(fix ? { hint: fix } : {}) },
    );
    deps.onFatal?.(new Error(`Discord closed the gateway with code ${event.code} (${meaning})`));
  });
  return { lastClose: () => lastClose };
}

/**
 * Whether the gateway is up now, for `/readyz`: every shard has a session (not reconnecting,
 * resuming, or waiting for its guilds). `client.isReady()` alone stays true once the first session
 * was ready, through every outage after it.
 */
export function gatewayUp(client: Client | null): boolean {
  return client?.isReady() === true && client.ws.shards.every((shard) => shard.status === Status.Ready);
}
