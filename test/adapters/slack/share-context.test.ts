import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { createClient } from 'redis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUTTON_CONTEXT_MS } from '../../../src/core/button-context.js';
import type { Store } from '../../../src/core/index.js';
import { createRedisStore, createSqliteStore } from '../../../src/infra/store/index.js';
import { flattenSlackMessage } from '../../fakes/slack/read-posted-message.js';
import { memoryLogger, testCore } from '../../helpers/core.js';
import { HAS_REDIS, type RedisServer, startRedisServer } from '../../helpers/redis-server.js';
import { createSlackHarness, type SlackHarness } from './harness.js';
import { shareButton, slashCommand } from './payloads.js';

type Json = Record<string, unknown>;
type Button = { action_id: string; value: string };

const PASTE = 'Error: connect ECONNREFUSED 10.0.4.12:5432\n    at TCPConnectWrap.afterConnect';
const FILLED = 'nc -vz 10.0.4.12 5432';
const PLACEHOLDERS = 'nc -vz <host> <port>';

/** The buttons of a posted message, by their action id without its number (`share`, `more`). */
function buttonsOf(message: Json | undefined): Record<string, Button> {
  const blocks = (message?.blocks ?? []) as { type: string; elements?: Button[] }[];
  const elements = blocks.find((b) => b.type === 'actions')?.elements ?? [];
  return Object.fromEntries(elements.map((e) => [e.action_id.replace(/_\d+$/, ''), e]));
}

/** Asks `/sockerr <paste>` and presses one of the answer's buttons, every request signed. */
async function askAndPress(h: SlackHarness, which: 'share' | 'more') {
  const asked = await h.deliver('command', slashCommand(h.fake, PASTE));
  const answer = asked.answers[0]?.body;
  expect(flattenSlackMessage(answer ?? {})).toContain(FILLED);
  const button = buttonsOf(answer)[which];
  expect(button).toBeDefined();
  const pressed = await h.deliver('interaction', shareButton(h.fake, button as Button));
  expect(pressed.status).toBe(200);
  const posted = pressed.responses[0]?.body ?? {};
  return { button: button as Button, posted, text: flattenSlackMessage(posted), logs: h.logger.lines };
}

/** SQLite reads on while another program holds its write lock (WAL): only Redis can fail a press's read. */
const canFailReads = (name: string) => name === 'Redis';

const noComplaint = (lines: readonly string[]) =>
  lines.filter((l) => /"level":"(warn|error)"/.test(l) && /context|share|more/i.test(l));

interface Backend {
  store: Store;
  /** Makes the kept context of `key` be gone, as its expiry does. */
  expire(key: string): Promise<void>;
  /** Makes the store fail as it does when it cannot be used; `restore` undoes it. */
  breakDown(): Promise<void>;
  restore(): Promise<void>;
  /** The same state through another connection: another process on this host, or another host. */
  another(): Promise<Store>;
  close(): Promise<void>;
}

function describeButtons(name: string, open: () => Promise<Backend>, skip = false) {
  describe.skipIf(skip)(`Slack Share and More keep the paste’s host and port (${name})`, () => {
    let h: SlackHarness;
    let backend: Backend;
    beforeAll(async () => {
      backend = await open();
      h = await createSlackHarness({ mode: 'http', core: testCore({ store: backend.store }).core });
      await h.start();
    });
    afterAll(async () => {
      await h?.stop();
      await backend?.close();
    });

    it('shares the explanation for everyone with the host and port the private answer showed', async () => {
      const { posted, text, button } = await askAndPress(h, 'share');
      expect(button.value).toMatch(/^en~[0-9a-f]{20}:10061$/);
      expect(posted).toMatchObject({ response_type: 'in_channel' });
      expect(text).toContain('WSAECONNREFUSED');
      expect(text).toContain(FILLED);
      // The paste gave an address: only the name-resolution check keeps <host>.
      expect(text).not.toMatch(/(nc -vz|Test-NetConnection) <host>/);
    });

    it('shows all causes and checks from More with the paste’s values, its Share button keeping them', async () => {
      const { posted, text } = await askAndPress(h, 'more');
      expect(posted).toMatchObject({ replace_original: true, response_type: 'ephemeral' });
      // The third check is More's own; it resolves a name and the paste gave an address, so it keeps <host>.
      expect(text).toContain('getent ahosts <host>');
      expect(text).toContain(FILLED);
      expect(text).not.toContain('<port>');
      const share = buttonsOf(posted).share as Button;
      const shared = await h.deliver('interaction', shareButton(h.fake, share));
      expect(flattenSlackMessage(shared.responses[0]?.body ?? {})).toContain('getent ahosts <host>');
      expect(flattenSlackMessage(shared.responses[0]?.body ?? {})).toContain(FILLED);
    });

    it('posts the share only through the press’s own response_url, whatever channel the payload names', async () => {
      const asked = await h.deliver('command', slashCommand(h.fake, PASTE, { channel_id: 'G0PRIVATE' }));
      const button = buttonsOf(asked.answers[0]?.body).share as Button;
      const press = shareButton(h.fake, button);
      // The press came from the private channel's ephemeral answer; a payload naming another
      // channel must not move the post there: Slack's response_url is bound to where it was pressed.
      const pressed = await h.deliver('interaction', {
        ...press,
        channel: { id: 'C0PUBLIC', name: 'general' },
      });
      expect(pressed.calls.filter((c) => c.method.startsWith('chat.'))).toEqual([]);
      // The post, then the private copy's removal: both through this press's response_url.
      const own = press.response_url.split('/').at(-1);
      expect(pressed.responses.map((r) => r.id)).toEqual([own, own]);
      expect(pressed.responses[0]?.body).toMatchObject({ response_type: 'in_channel' });
    });

    it('shares the paste’s values when another instance than the one that answered gets the press', async () => {
      const store = await backend.another();
      const other = await createSlackHarness({ mode: 'http', core: testCore({ store }).core });
      await other.start();
      try {
        const asked = await h.deliver('command', slashCommand(h.fake, PASTE));
        const button = buttonsOf(asked.answers[0]?.body).share as Button;
        const pressed = await other.deliver('interaction', shareButton(other.fake, button));
        expect(flattenSlackMessage(pressed.responses[0]?.body ?? {})).toContain(FILLED);
      } finally {
        await other.stop();
        await store.close();
      }
    });

    it('shares with placeholders, and says nothing wrong, once the kept context has expired', async () => {
      const asked = await h.deliver('command', slashCommand(h.fake, PASTE));
      const button = buttonsOf(asked.answers[0]?.body).share as Button;
      await backend.expire(/~([0-9a-f]+):/.exec(button.value)?.[1] ?? '');
      const before = h.logger.lines.length;
      const pressed = await h.deliver('interaction', shareButton(h.fake, button));
      const text = flattenSlackMessage(pressed.responses[0]?.body ?? {});
      expect(pressed.responses[0]?.body).toMatchObject({ response_type: 'in_channel' });
      expect(text).toContain('WSAECONNREFUSED');
      expect(text).toContain(PLACEHOLDERS);
      expect(text).not.toContain('sockerr could not answer');
      expect(noComplaint(h.logger.lines.slice(before))).toEqual([]);
    });

    it('answers while the store cannot keep the context; its buttons then show placeholders, never failing', async () => {
      await backend.breakDown();
      try {
        // A port of its own: the same paste has the same key, kept by the tests before.
        const asked = await h.deliver('command', slashCommand(h.fake, PASTE.replace('5432', '6432')));
        expect(flattenSlackMessage(asked.answers[0]?.body ?? {})).toContain('nc -vz 10.0.4.12 6432');
        const buttons = buttonsOf(asked.answers[0]?.body);
        for (const which of ['more', 'share'] as const) {
          const pressed = await h.deliver('interaction', shareButton(h.fake, buttons[which] as Button));
          const text = flattenSlackMessage(pressed.responses[0]?.body ?? {});
          expect(text).toContain('WSAECONNREFUSED');
          expect(text).toContain(PLACEHOLDERS);
          expect(text).not.toContain('sockerr could not answer');
        }
      } finally {
        await backend.restore();
      }
    });

    it.skipIf(!canFailReads(name))(
      'shares with placeholders when the store goes down between the answer and the press',
      async () => {
        const asked = await h.deliver('command', slashCommand(h.fake, PASTE));
        const button = buttonsOf(asked.answers[0]?.body).share as Button;
        await backend.breakDown();
        try {
          const pressed = await h.deliver('interaction', shareButton(h.fake, button));
          const text = flattenSlackMessage(pressed.responses[0]?.body ?? {});
          expect(pressed.responses[0]?.body).toMatchObject({ response_type: 'in_channel' });
          expect(text).toContain(PLACEHOLDERS);
          expect(text).not.toContain('sockerr could not answer');
        } finally {
          await backend.restore();
        }
      },
    );
  });
}

// SQLite: a clock that can run a day ahead, and another program holding the file's write lock.
describeButtons('SQLite', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sockerr-share-'));
  const path = join(dir, 'sockerr.db');
  let skew = 0;
  const open = () =>
    createSqliteStore({ path, logger: memoryLogger(), busyTimeoutMs: 50, now: () => Date.now() + skew });
  const inner = open();
  let locker: Database.Database | undefined;
  return {
    store: inner,
    another: async () => open(),
    close: async () => {
      await inner.close();
      rmSync(dir, { recursive: true, force: true });
    },
    expire: async () => {
      skew += BUTTON_CONTEXT_MS;
    },
    breakDown: async () => {
      locker = new Database(path);
      locker.exec('BEGIN IMMEDIATE');
    },
    restore: async () => {
      locker?.exec('ROLLBACK');
      locker?.close();
    },
  };
});

let server: RedisServer | undefined;
afterAll(() => server?.dispose());

describeButtons(
  'Redis',
  async () => {
    server = await startRedisServer();
    const prefix = `test:${randomUUID()}:`;
    const url = server.url;
    const open = () => createRedisStore({ url, logger: memoryLogger(), prefix, commandTimeoutMs: 300 });
    const store = await open();
    const raw = createClient({ url: server.url });
    // This test's own client sees the outage too; the store's is the one under test.
    raw.on('error', () => {});
    await raw.connect();
    return {
      store,
      another: open,
      close: async () => {
        raw.destroy();
        await store.close();
      },
      expire: async (key) => {
        const name = `${prefix}note:button-context:${key}`;
        // Kept for a day, no longer; then gone as Redis expires it.
        const ttl = await raw.pTTL(name);
        expect(ttl).toBeGreaterThan(BUTTON_CONTEXT_MS - 60_000);
        expect(ttl).toBeLessThanOrEqual(BUTTON_CONTEXT_MS);
        await raw.pExpire(name, 1);
        await new Promise((resolve) => setTimeout(resolve, 20));
      },
      breakDown: () => server?.stop() ?? Promise.resolve(),
      restore: async () => {
        await server?.start();
      },
    };
  },
  !HAS_REDIS,
);
