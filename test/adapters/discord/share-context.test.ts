import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { createClient } from 'redis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DISCORD_LIMITS } from '../../../src/adapters/discord/limits.js';
import { BUTTON_CONTEXT_MS } from '../../../src/core/button-context.js';
import type { Store } from '../../../src/core/index.js';
import { createRedisStore, createSqliteStore } from '../../../src/infra/store/index.js';
import { buttonPress, chatInput } from '../../fakes/discord/discord-events.js';
import type { RecordedRequest } from '../../fakes/discord/fake-discord.js';
import { memoryLogger, testCore } from '../../helpers/core.js';
import { HAS_REDIS, type RedisServer, startRedisServer } from '../../helpers/redis-server.js';
import { createDiscordHarness, type DiscordHarness, freshId } from './harness.js';
import { toContractReplies } from './replies.js';

type Json = Record<string, unknown>;

// A Go resolver's failure: the host and the DNS server it asked, together past 100 characters.
const HOST = 'payments-ledger-primary-replica-2.eu-west-1.prod.internal.example.com';
const paste = (host: string) => `dial tcp: lookup ${host} on 10.96.0.10:53: no such host`;

const callbacks = (requests: RecordedRequest[]) => requests.filter((r) => r.path.endsWith('/callback'));

/** Asks `/sockerr query:<paste>`; the answer's text and its Share button's custom_id. */
async function ask(harness: DiscordHarness, host = HOST) {
  const asked = await harness.send('INTERACTION_CREATE', chatInput({ id: freshId(), query: paste(host) }));
  const data = (callbacks(asked)[0]?.body as Json | undefined)?.data as {
    components: { components: { custom_id: string }[] }[];
  };
  const customId = data?.components[0]?.components[0]?.custom_id ?? '';
  return { text: toContractReplies(asked)[0]?.text ?? '', customId };
}

/** Presses Share: the public reply's text. */
async function press(harness: DiscordHarness, customId: string) {
  const replies = toContractReplies(
    await harness.send('INTERACTION_CREATE', buttonPress({ id: freshId(), customId })),
  );
  expect(replies).toHaveLength(1);
  expect(replies[0]?.ephemeral).toBe(false);
  return replies[0]?.text ?? '';
}

interface Backend {
  store: Store;
  expire(key: string): Promise<void>;
  breakDown(): Promise<void>;
  restore(): Promise<void>;
  close(): Promise<void>;
}

function describeShare(name: string, open: () => Promise<Backend>, skip = false) {
  describe.skipIf(skip)(`Discord Share keeps the paste’s host (${name})`, () => {
    let backend: Backend;
    const harness = createDiscordHarness({ makeCore: () => testCore({ store: backend.store }).core });
    beforeAll(async () => {
      backend = await open();
      await harness.start();
    }, 30_000);
    afterAll(async () => {
      await harness.stop();
      await backend?.close();
    }, 30_000);

    it('posts the host a paste named though it would not fit in a custom_id, which carries a key', async () => {
      const { text, customId } = await ask(harness);
      expect(text).toContain(HOST);
      // The context alone, as it would ride in the button, is past Discord's limit.
      expect(JSON.stringify({ host: HOST, dnsServer: '10.96.0.10' }).length).toBeGreaterThan(
        DISCORD_LIMITS.customId,
      );
      expect(customId.length).toBeLessThanOrEqual(DISCORD_LIMITS.customId);
      expect(customId).toMatch(/^sockerr:share:en~[0-9a-f]{20}:11001$/);
      const shared = await press(harness, customId);
      expect(shared).toContain('WSAHOST_NOT_FOUND');
      expect(shared).toContain(HOST);
      expect(shared).not.toContain('<host>');
    });

    it('posts the share only as the press’s own answer, never to a channel by its id', async () => {
      const { customId } = await ask(harness);
      const requests = await harness.send('INTERACTION_CREATE', buttonPress({ id: freshId(), customId }));
      // Discord binds an interaction's answer to the channel it was pressed in.
      expect(requests.map((r) => `${r.method} ${r.path}`)).toEqual([
        expect.stringMatching(/^POST \/interactions\/\d+\/[^/]+\/callback$/),
      ]);
    });

    it('posts placeholders, and says nothing wrong, once the kept host has expired', async () => {
      const { customId } = await ask(harness);
      await backend.expire(/~([0-9a-f]+):/.exec(customId)?.[1] ?? '');
      const shared = await press(harness, customId);
      expect(shared).toContain('WSAHOST_NOT_FOUND');
      expect(shared).toContain('<host>');
      expect(shared).not.toContain(HOST);
    });

    it('posts placeholders while the store cannot be used, never failing the button', async () => {
      // A host of its own: the same paste has the same key, kept by the tests before.
      const kept = await ask(harness, `kept.${HOST}`);
      await backend.breakDown();
      try {
        const asked = await ask(harness, `down.${HOST}`);
        expect(asked.text).toContain(`down.${HOST}`);
        const shared = await press(harness, asked.customId);
        expect(shared).toContain('WSAHOST_NOT_FOUND');
        expect(shared).toContain('<host>');
        // Only Redis can fail a read: SQLite reads on while another program holds its write lock.
        if (name === 'Redis') expect(await press(harness, kept.customId)).toContain('<host>');
      } finally {
        await backend.restore();
      }
    });
  });
}

describeShare('SQLite', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sockerr-share-'));
  const path = join(dir, 'sockerr.db');
  let skew = 0;
  const store = createSqliteStore({
    path,
    logger: memoryLogger(),
    busyTimeoutMs: 50,
    now: () => Date.now() + skew,
  });
  let locker: Database.Database | undefined;
  return {
    store,
    expire: async () => {
      skew += BUTTON_CONTEXT_MS;
    },
    // Another program holds the file's write lock: nothing can be kept (reads go on, under WAL).
    breakDown: async () => {
      locker = new Database(path);
      locker.exec('BEGIN IMMEDIATE');
    },
    restore: async () => {
      locker?.exec('ROLLBACK');
      locker?.close();
    },
    close: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
});

let server: RedisServer | undefined;
afterAll(() => server?.dispose());

describeShare(
  'Redis',
  async () => {
    server = await startRedisServer();
    const prefix = `test:${randomUUID()}:`;
    const store = await createRedisStore({
      url: server.url,
      logger: memoryLogger(),
      prefix,
      commandTimeoutMs: 300,
    });
    const raw = createClient({ url: server.url });
    raw.on('error', () => {});
    await raw.connect();
    return {
      store,
      expire: async (key) => {
        await raw.pExpire(`${prefix}note:button-context:${key}`, 1);
        await new Promise((resolve) => setTimeout(resolve, 20));
      },
      breakDown: () => server?.stop() ?? Promise.resolve(),
      restore: () => server?.start() ?? Promise.resolve(),
      close: async () => {
        raw.destroy();
        await store.close();
      },
    };
  },
  !HAS_REDIS,
);
