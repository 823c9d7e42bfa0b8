import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StoreStartupError } from '../../../../src/infra/store/index.js';
import { createRedisStore } from '../../../../src/infra/store/redis/redis-store.js';
import { memoryLogger } from '../../../helpers/core.js';
import { freePort } from '../../../helpers/free-port.js';
import { HAS_REDIS, type RedisServer, startRedisServer } from '../../../helpers/redis-server.js';

const HAS_OPENSSL = spawnSync('openssl', ['version']).status === 0;

/** `rediss://` against a real redis-server speaking TLS only, with a self-signed certificate. */
describe.skipIf(!HAS_REDIS || !HAS_OPENSSL)('a rediss:// URL', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sockerr-tls-'));
  let server: RedisServer;
  let url = '';

  beforeAll(async () => {
    const [cert, key] = [join(dir, 'cert.pem'), join(dir, 'key.pem')];
    execFileSync(
      'openssl',
      ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1'].concat([
        '-subj',
        '/CN=localhost',
        '-addext',
        'subjectAltName=DNS:localhost',
        '-keyout',
        key,
        '-out',
        cert,
      ]),
      { stdio: 'ignore' },
    );
    const tlsPort = await freePort();
    server = await startRedisServer({
      extraArgs: [
        '--port',
        '0',
        '--tls-port',
        String(tlsPort),
        '--tls-cert-file',
        cert,
        '--tls-key-file',
        key,
      ].concat(['--tls-ca-cert-file', cert, '--tls-auth-clients', 'no']),
    });
    url = `rediss://localhost:${tlsPort}`;
  });
  afterAll(async () => {
    await server?.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  it('connects over TLS when verification is off (providers with self-signed certificates)', async () => {
    const store = await createRedisStore({ url, tlsVerify: false, logger: memoryLogger() });
    expect(await store.claimOnce('event:tls', 60_000)).toBe(true);
    expect(await store.claimOnce('event:tls', 60_000)).toBe(false);
    await store.close();
  });

  it('stops start-up on a self-signed certificate by default, naming REDIS_TLS_VERIFY, instead of retrying for ever', async () => {
    const withPassword = url.replace('rediss://', 'rediss://:tls-pw-5521@');
    const logger = memoryLogger();
    const error = await createRedisStore({ url: withPassword, logger, firstConnectMs: 5000 }).then(
      async (store) => {
        await store.close();
        return new Error('started');
      },
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(StoreStartupError);
    const said = (error as Error).message;
    expect(said).toMatch(
      /^Redis at localhost:\d+ presented a TLS certificate that cannot be trusted \(self[- ]signed certificate/,
    );
    expect(said).toContain('REDIS_TLS_VERIFY=false');
    expect(said + logger.lines.join('\n')).not.toContain('tls-pw-5521');
  });

  it('stops start-up when a redis:// URL points at this TLS port, saying to use rediss://', async () => {
    const plainUrl = url.replace('rediss://', 'redis://:tls-pw-8812@');
    const logger = memoryLogger();
    const error = await createRedisStore({ url: plainUrl, logger, firstConnectMs: 5000 }).then(
      async (store) => {
        await store.close();
        return new Error('started');
      },
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(StoreStartupError);
    const said = (error as Error).message;
    expect(said).toMatch(
      /^Redis at localhost:\d+ speaks TLS on that port.*use rediss:\/\/ \(and REDIS_TLS_VERIFY=false/,
    );
    expect(said + logger.lines.join('\n')).not.toContain('tls-pw-8812');
  });
});
