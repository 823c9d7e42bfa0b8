import type { EventEmitter } from 'node:events';

/** What Redis answers a wrong or missing password with (AUTH, HELLO): trying again cannot help. */
const AUTH_REFUSED = /^(WRONGPASS|NOAUTH)\b/;
/**
 * What a Redis with no password answers a client not on its own host (protected mode): every
 * connection from here is turned away the same way.
 */
const PROTECTED_MODE = /^DENIED\b/;
/** What a Redis Cluster node answers the SELECT of a REDIS_URL with a database other than 0. */
const CLUSTER_SELECT = /^ERR SELECT is not allowed in cluster mode/;
/**
 * What a server answers node-redis's first command, HELLO, when it does not know it: Redis before 6
 * (`HELLO` in backquotes there), or a proxy or service that speaks only the original protocol.
 */
const NO_HELLO = /^ERR unknown command [`']HELLO[`']/;
/** What Redis answers SELECT of a database it does not have: every reconnection would fail the same way. */
const NO_SUCH_DATABASE = /^ERR DB index is out of range/;
/**
 * Node's codes for a server certificate it does not trust (`rediss://`): a self-signed one (Heroku's),
 * an unknown issuer, another host's name, out of date. Each handshake would fail the same way.
 */
const UNTRUSTED_CERTIFICATE = new Set([
  'SELF_SIGNED_CERT_IN_CHAIN',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'UNABLE_TO_GET_ISSUER_CERT',
  'ERR_TLS_CERT_ALTNAME_INVALID',
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
]);

const untrusted = (error: Error) =>
  UNTRUSTED_CERTIFICATE.has(String((error as NodeJS.ErrnoException).code ?? ''));

/**
 * Resolves with the error when Redis refuses the credentials, the database number (a cluster
 * node has only 0) or this host (protected mode), or its TLS certificate is not trusted, before
 * the first connection is ready, or it is too old: a wrong REDIS_URL (or REDIS_TLS_VERIFY) stops
 * start-up with a message, rather than retrying for ever unready. (Refused later, say after a
 * password rotation, it is an outage like any other.)
 */
export function refusedAtStart(client: Pick<EventEmitter, 'on' | 'off' | 'once'>): Promise<Error> {
  return new Promise((resolve) => {
    const onError = (error: unknown) => {
      if (!(error instanceof Error)) return;
      const refused = [AUTH_REFUSED, PROTECTED_MODE, NO_SUCH_DATABASE, CLUSTER_SELECT, NO_HELLO].some((r) =>
        r.test(error.message),
      );
      if (refused || untrusted(error)) resolve(error);
    };
    client.on('error', onError);
    client.once('ready', () => client.off('error', onError));
  });
}

/** What start-up says about a refusal: the server's words and its address, never the URL (it holds the password). */
export function refusalMessage(error: Error, where: string, database: string): string {
  if (AUTH_REFUSED.test(error.message))
    return `Redis at ${where} refused sockerr's credentials (${error.message}): check the user name and password in REDIS_URL (redis://user:password@host:port).`;
  if (PROTECTED_MODE.test(error.message))
    return `Redis at ${where} turns away connections from other hosts (DENIED: it runs in protected mode, with no password set): give Redis a password (requirepass) and put it in REDIS_URL (redis://:password@host:port), or run sockerr on Redis's host.`;
  if (CLUSTER_SELECT.test(error.message)) return clusterNodeMessage(where);
  if (NO_HELLO.test(error.message))
    return `Redis at ${where} does not know HELLO (${error.message.trim()}), the command that opens each connection: it is older than Redis 6, or a proxy that speaks only the original protocol (RESP2). sockerr needs Redis 6 or newer: upgrade it, or use a current plan of your provider.`;
  if (untrusted(error))
    return `Redis at ${where} presented a TLS certificate that cannot be trusted (${error.message}): if the provider's certificate is self-signed (Heroku Key-Value Store), set REDIS_TLS_VERIFY=false; else give Node its CA (NODE_EXTRA_CA_CERTS=/path/to/ca.pem), or use the host name the certificate is for in REDIS_URL.`;
  return `Redis at ${where} has no database ${database} (${error.message}): fix the number after the host in REDIS_URL (/0 to one less than the server's "databases" setting, 16 by default).`;
}

/** What start-up says at a Redis Cluster node (`mode-refusal.ts` says why sockerr cannot use one). */
export function clusterNodeMessage(where: string): string {
  return `Redis at ${where} is a Redis Cluster node (cluster_enabled:1), and sockerr needs a single Redis: its counts touch keys of several hash slots in one transaction, and a cluster node answers only for its own slots. Point REDIS_URL at a Redis without cluster mode (one primary; replicas or Sentinel failover behind one address are fine; on a managed service, "cluster mode disabled"), or, on a single host, leave REDIS_URL empty to keep state in SQLite.`;
}
