import { type Client, Events } from 'discord.js';
import type { Logger } from '../../core/index.js';
import type { Metrics } from '../../infra/metrics/index.js';
import { describeCloseCode } from './close-codes.js';

export interface GatewayWatchDeps {
  logger: Logger;
  metrics: Pick<Metrics, 'connectionEvent'>;
  /** Whether this client is the adapter's live one, not stopping (a fatal close then matters). */
  live: () => boolean;
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

  client.on(Events.ShardReady, (shardId) => {
    // discord.js reports the close code on the shard, before it says it is reconnecting.
    for (const shard of client.ws.shards.values()) {
      if (watched.has(shard)) continue;
      watched.add(shard);
      shard.on('close', (event: { code: number }) => {
        lastClose = event.code;
      });
    }
    outage = undefined;
    if (readyBefore) {
      metrics.connectionEvent('discord', 'reconnect');
      logger.info('Discord gateway reconnected with a new session', { shard: shardId });
    }
    readyBefore = true;
  });
  client.on(Events.ShardReconnecting, (shardId) => {
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
