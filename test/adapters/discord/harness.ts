import type { Adapter } from '../../../src/adapters/adapter.js';
import {
  type AdapterEvent,
  createDiscordAdapter,
  type DiscordAdapterOptions,
} from '../../../src/adapters/discord/entry.js';
import { loadConfig } from '../../../src/config/load-config.js';
import type { Core } from '../../../src/core/types.js';
import { createLogger } from '../../../src/infra/logging/index.js';
import { createMetrics, type Metrics } from '../../../src/infra/metrics/index.js';
import { chatInput, messageCreate } from '../../fakes/discord/discord-events.js';
import {
  FAKE_IDS,
  type FakeDiscord,
  type FakeDiscordOptions,
  type RecordedRequest,
  startFakeDiscord,
} from '../../fakes/discord/fake-discord.js';
import type { AdapterHarness } from '../adapter-contract.js';
import { toContractReplies } from './replies.js';

type Json = Record<string, unknown>;

export interface DiscordHarnessOptions {
  makeCore: () => Core;
  fake?: FakeDiscordOptions;
  adapter?: Omit<DiscordAdapterOptions, 'onEvent'>;
  /** How long an event may take before the harness gives up on it. */
  settleTimeoutMs?: number;
  /** More environment (SOCKERR_MAX_FILE_BYTES…). */
  env?: Record<string, string>;
}

/** The Discord adapter, with the real discord.js, against the fake Discord; see `adapter-contract.ts`. */
export interface DiscordHarness extends AdapterHarness {
  readonly fake: FakeDiscord;
  /** Every log line the adapter wrote (JSON). */
  readonly logs: string[];
  readonly adapter: Adapter;
  /** What the adapter counted. */
  readonly metrics: Metrics;
  /** Errors the adapter reported as fatal (onFatal). */
  readonly fatal: Error[];
  /** Stops the adapter and starts a new one (a fresh discord.js cache) with the same core and store. */
  restart(): Promise<void>;
  /** Dispatches a gateway event; resolves, once the adapter settled it, with the REST calls it caused. */
  send(t: 'MESSAGE_CREATE' | 'MESSAGE_UPDATE' | 'INTERACTION_CREATE', d: Json): Promise<RecordedRequest[]>;
}

let nextId = 1n;
/** A fresh snowflake-shaped id per event. */
export function freshId(): string {
  return String(1_950_000_000_000_000_000n + nextId++);
}

export function createDiscordHarness(options: DiscordHarnessOptions): DiscordHarness {
  const logs: string[] = [];
  const metrics = createMetrics();
  const fatal: Error[] = [];
  const events: AdapterEvent[] = [];
  const listeners = new Set<() => void>();
  let fake: FakeDiscord | undefined;
  let adapter: Adapter | undefined;
  const need = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('harness not started');
    return value;
  };
  /** Resolves once an event at or after `from` in the adapter's event log matches. */
  const waitForEvent = (from: number, id: string, phase: AdapterEvent['phase']) =>
    new Promise<void>((resolve, reject) => {
      const check = () => {
        if (!events.slice(from).some((e) => e.id === id && e.phase === phase)) return;
        listeners.delete(check);
        clearTimeout(timer);
        resolve();
      };
      const timer = setTimeout(() => {
        listeners.delete(check);
        reject(new Error(`the adapter did not report ${id} ${phase}`));
      }, options.settleTimeoutMs ?? 5_000);
      listeners.add(check);
      check();
    });

  let core: Core | undefined;
  const startAdapter = async () => {
    const f = need(fake);
    const config = loadConfig({
      DISCORD_TOKEN: f.world.token,
      DISCORD_APPLICATION_ID: FAKE_IDS.application,
      DISCORD_API_URL: f.apiUrl,
      ...options.env,
    });
    const logger = createLogger({ level: 'debug', secrets: config.secrets, write: (l) => logs.push(l) });
    adapter = createDiscordAdapter(
      { core: need(core), config, logger, metrics, onFatal: (error) => void fatal.push(error) },
      {
        ...options.adapter,
        onEvent: (event) => {
          events.push(event);
          for (const listener of [...listeners]) listener();
        },
      },
    );
    await adapter.start();
  };

  const harness: DiscordHarness = {
    get fake() {
      return need(fake);
    },
    get adapter() {
      return need(adapter);
    },
    logs,
    metrics,
    fatal,
    async start() {
      fake = await startFakeDiscord(options.fake);
      core = options.makeCore();
      await startAdapter();
    },
    async restart() {
      await adapter?.stop();
      await startAdapter();
    },
    async stop() {
      await adapter?.stop();
      await fake?.close();
    },
    async send(t, d) {
      const f = need(fake);
      const id = String(d.id);
      const from = events.length;
      const before = f.rest.requests.length;
      f.gateway.dispatch(t, d);
      // discord.js drops some dispatches (a MESSAGE_CREATE it already cached). A probe sent right
      // after tells them apart: the gateway is read in order, so once the probe arrived, the event
      // either arrived before it or never will.
      const probe = messageCreate({ id: freshId(), text: '', author: 'bot' });
      f.gateway.dispatch('MESSAGE_CREATE', probe);
      await waitForEvent(from, String(probe.id), 'received');
      if (events.slice(from).some((e) => e.id === id && e.phase === 'received')) {
        await waitForEvent(from, id, 'settled');
      }
      await waitForEvent(from, String(probe.id), 'settled');
      return f.rest.requests.slice(before);
    },
    async command(text) {
      const d = chatInput({ id: freshId(), query: text === '' ? undefined : text });
      return toContractReplies(await harness.send('INTERACTION_CREATE', d));
    },
    async message({ id, text, fromBot }) {
      const d = messageCreate({ id, text, author: fromBot ? 'bot' : 'human' });
      return toContractReplies(await harness.send('MESSAGE_CREATE', d));
    },
  };
  return harness;
}
