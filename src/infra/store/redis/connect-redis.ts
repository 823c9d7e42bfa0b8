import { setTimeout as delay } from 'node:timers/promises';
import { createClient } from 'redis';
import type { Logger } from '../../../core/index.js';
import { createAvailability } from '../availability.js';
import { StoreStartupError } from '../store-startup-error.js';
import { evictionWarning } from './eviction-warning.js';
import { watchHandshakes } from './handshake-watch.js';
import { idleTimeoutWarning } from './idle-timeout-warning.js';
import { modeRefusal } from './mode-refusal.js';
import { permissionRefusal } from './permission-refusal.js';
import { replicaWarning } from './replica-warning.js';
import { createStallWatch } from './stall-watch.js';
import { refusalMessage, refusedAtStart } from './start-refusal.js';
import { tlsMismatch } from './tls-mismatch.js';

export interface RedisConnectionOptions {
  /** `redis://` or `rediss://` (TLS) URL, as hosts' Redis add-ons set REDIS_URL. */
  url: string;
  logger: Logger;
  /** Verify the server's TLS certificate (`rediss://`). Off only for providers with self-signed ones. */
  tlsVerify?: boolean;
  /** How long start-up waits for the first connection before going on without it. */
  firstConnectMs?: number;
  /** How long a connection may answer nothing, while commands wait, before a new one is opened. */
  stallMs?: number;
  /** A key of sockerr's own that start-up writes, to find an ACL that does not allow its keys. */
  probeKey?: string;
}

/** Between node-redis's keep-alive PINGs on an idle connection. */
const PING_MS = 10_000;

/** Waits between reconnection attempts: quick at first, then every 2 s at most, with jitter. */
function reconnectDelay(retries: number): number {
  return Math.min(50 * 2 ** retries, 2000) + Math.floor(Math.random() * 100);
}

/**
 * A node-redis client that reconnects for ever, rejects commands at once while disconnected
 * (no offline queue: a claim must not be replayed minutes later, when its event is long gone)
 * and logs each outage once, and once more when Redis is back. Start-up waits a moment for the
 * first connection and then goes on without it: commands are answered meanwhile.
 */
export async function connectRedis(options: RedisConnectionOptions) {
  const { url, logger } = options;
  const tls = new URL(url).protocol === 'rediss:';
  const common = { reconnectStrategy: reconnectDelay, connectTimeout: 5000 };
  const client = createClient({
    url,
    disableOfflineQueue: true,
    // Finds a connection that died silently (a NAT or proxy dropped it) before a claim needs it.
    pingInterval: PING_MS,
    socket: tls ? { ...common, tls: true, rejectUnauthorized: options.tlsVerify ?? true } : common,
  });
  // Host and port only: the URL may carry a password.
  const where = new URL(url).host;
  const availability = createAvailability(
    logger,
    {
      down: 'Redis cannot be reached; auto-replies pause (rather than risk answering twice) and commands are answered with default settings until it is back',
      up: 'Redis is reachable again; auto-replies resume',
    },
    { redis: where },
  );
  client.on('error', (error: unknown) => availability.down(error));
  client.on('ready', () => availability.up());
  // INFO once, at the first connection: its default sections tell the mode (a cluster node, a
  // Sentinel: refused below), the eviction policy and the role (warned about here). Refused by some
  // managed services: '' then, and nothing to say.
  const firstReady = new Promise<void>((resolve) => client.once('ready', resolve));
  const firstInfo = firstReady.then(() => client.info().then(String, () => ''));
  void firstInfo.then((info) => {
    for (const warning of [evictionWarning(info), replicaWarning(info)])
      if (warning) logger.warn(warning, { redis: where });
  });
  void firstReady
    .then(() => client.configGet('timeout'))
    .then(
      (config) => {
        const warning = idleTimeoutWarning(config as Record<string, string>, PING_MS);
        if (warning) logger.warn(warning, { redis: where });
      },
      () => undefined, // CONFIG refused (most managed services): nothing to say
    );
  const stallMs = options.stallMs ?? 10_000;
  const stall = createStallWatch(stallMs, () => {
    // Not ready: already reconnecting, or closed by the store.
    if (!client.isReady) return;
    logger.warn(
      `Redis answered nothing on its connection for ${stallMs / 1000} s: opening a new one (a failover or a connection dropped on the way leaves no other sign)`,
      { redis: where },
    );
    // Commands waiting on the old connection are rejected; connect() retries as reconnections do.
    client.destroy();
    client.connect().catch(() => undefined);
  });

  let saidHandshake = false;
  client.on('ready', () => {
    saidHandshake = false;
  });
  watchHandshakes(client, stallMs, () => {
    if (client.isReady || !client.isOpen) return;
    if (!saidHandshake)
      logger.warn(
        `Redis accepted a connection but answered nothing to its handshake within ${stallMs / 1000} s: opening new ones until one is answered`,
        { redis: where },
      );
    saidHandshake = true;
    client.destroy();
    client.connect().catch(() => undefined);
  });

  // Connected (by this attempt or a later one), a cluster node, a Sentinel or an ACL that does not
  // allow sockerr's keys is refused (its message).
  const connected = firstInfo.then(
    async (info) =>
      modeRefusal(info, where) ??
      (options.probeKey ? await permissionRefusal(client, where, options.probeKey) : undefined) ??
      true,
  );
  client.connect().catch((error: unknown) => availability.down(error));
  const refused = Promise.race([
    refusedAtStart(client).then((error) => refusalMessage(error, where, new URL(url).pathname.slice(1))),
    tlsMismatch(url, client),
  ]);
  const waitMs = options.firstConnectMs ?? 3000;
  const first = await Promise.race([connected, refused, delay(waitMs, false, { ref: false })]);
  if (typeof first === 'string') {
    client.destroy();
    throw new StoreStartupError(first);
  }
  if (!first) {
    availability.down(new Error(`no connection to ${where} within ${waitMs / 1000} s; still trying`));
    // Found out after start-up went on: it cannot stop any more, but it is the reason to give.
    void Promise.race([connected, refused]).then((said) => {
      if (typeof said === 'string') logger.error(said, { redis: where });
    });
  }
  return { client, availability, stall };
}
