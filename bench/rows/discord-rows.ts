import { join } from 'node:path';
import { type Child, stopChild } from '../lib/children.js';
import type { Row } from '../lib/report.js';
import { median, medianRatio } from '../lib/stats.js';
import { DISCORD_WORKER, startDiscordApp, writeReplies } from '../lib/targets.js';
import type { DiscordFakeInfo, LoadResult } from '../load/protocol.js';
import type { BenchContext } from './context.js';
import { measurePair, memoryRow } from './load-pair.js';

const READY_TIMEOUT_MS = 30_000;
/**
 * discord.js lets a bot send at most 50 requests a second (its REST client's global limit, Discord's
 * own), so a closed loop would measure that limiter on both sides. Events go at a fixed rate below
 * it instead: the latency is measured at that rate, and the throughput as the events each app can
 * answer per second of its own CPU time (its capacity, if the limit were not there).
 */
const EVENTS_PER_SECOND = 40;

/**
 * Row 2 (Discord) and sockerr's Discord memory for row 7. Each app gets its own fake Discord (the
 * fake gateway sends every event to every session), sockerr as the Procfile's `worker` one and a bare
 * discord.js client that replies with sockerr's own reply the other.
 */
export async function runDiscordRows(ctx: BenchContext): Promise<{ rows: Row[]; memory: Row }> {
  const mineFake = await ctx.load.discordFake('sockerr');
  const theirFake = await ctx.load.discordFake('bare');
  const repliesFile = join(ctx.work, 'discord-replies.json');
  const env = (fake: DiscordFakeInfo) => ({
    DISCORD_TOKEN: fake.token,
    DISCORD_APPLICATION_ID: fake.applicationId,
    DISCORD_API_URL: fake.apiUrl,
    SOCKERR_STORE_PATH: join(ctx.work, 'discord-state.json'),
    // The fake server has one channel where the bot may post: without a cooldown every paste is answered.
    SOCKERR_COOLDOWN_MINUTES: '0',
    BENCH_REPLIES_FILE: repliesFile,
  });
  ctx.progress(`discord: starting sockerr (the Procfile's worker: ${DISCORD_WORKER.command})`);
  const sockerr = await startDiscordApp('sockerr', env(mineFake), ctx.work);
  let bare: Child | undefined;
  try {
    const probe = await ready(ctx, sockerr, 'sockerr');
    const { message_reference, allowed_mentions, nonce, enforce_nonce, ...reply } = probe.reply;
    writeReplies(repliesFile, { discord: reply });
    ctx.progress('discord: starting the bare discord.js client with the same reply');
    bare = await startDiscordApp('bare discord.js', env(theirFake), ctx.work);
    await ready(ctx, bare, 'bare');
    ctx.progress(`discord: auto-replies at ${EVENTS_PER_SECOND} events/s`);
    const results = await measurePair(
      ctx,
      { kind: 'discord', concurrency: ctx.options.eventConcurrency, ratePerSecond: EVENTS_PER_SECOND },
      { sockerr: { target: 'sockerr', pid: sockerr.pid }, baseline: { target: 'bare', pid: bare.pid } },
    );
    const rows = discordRows(results);
    const memory = memoryRow(
      'memory.discord',
      `Memory: the Procfile's worker, \`${DISCORD_WORKER.command}\`, after the Discord load row`,
      { sockerr: sockerr.pid, baseline: bare.pid },
      '(bare discord.js)',
    );
    return { rows, memory };
  } finally {
    await Promise.all([stopChild(sockerr), bare ? stopChild(bare) : undefined]);
  }
}

function discordRows(results: { sockerr: LoadResult[]; baseline: LoadResult[] }): Row[] {
  const capacity = (list: LoadResult[]) => list.map((r) => r.completed / ((r.cpuMs ?? Number.NaN) / 1000));
  const p99 = (list: LoadResult[]) => list.map((r) => r.p99Ms);
  const failed = [...results.sockerr, ...results.baseline].reduce((sum, r) => sum + r.failed, 0);
  const what = 'Discord auto-reply, MESSAGE_CREATE → `POST /channels/:id/messages`';
  const against = '(bare discord.js, same reply)';
  return [
    {
      key: 'discord.autoreply.capacity',
      what: `${what}: events per CPU-second of the app`,
      unit: 'events/s',
      sockerr: median(capacity(results.sockerr)),
      baseline: median(capacity(results.baseline)),
      against,
      ratio: medianRatio(capacity(results.sockerr), capacity(results.baseline)),
      target: { on: 'ratio', op: '>=', value: 0.8 },
      note: `discord.js caps a bot at 50 req/s; sent at ${EVENTS_PER_SECOND}/s${failed ? `; ${failed} failed` : ''}`,
    },
    {
      key: 'discord.autoreply.p99',
      what: `${what}: p99 latency at ${EVENTS_PER_SECOND} events/s`,
      unit: 'ms',
      sockerr: median(p99(results.sockerr)),
      baseline: median(p99(results.baseline)),
      against,
      ratio: medianRatio(p99(results.sockerr), p99(results.baseline)),
      target: { on: 'ratio', op: '<=', value: 1.5 },
    },
  ];
}

/** Ready means it answers a paste; fails early, with its output, if the process dies. */
async function ready(ctx: BenchContext, child: Child, fake: string) {
  const died = child.exited.then(() => {
    throw new Error(`${child.name} exited before it was ready:\n${child.tail()}`);
  });
  return Promise.race([ctx.load.probe({ kind: 'discord', target: fake, timeoutMs: READY_TIMEOUT_MS }), died]);
}
