import { join } from 'node:path';
import { stopChild } from '../lib/children.js';
import type { Row } from '../lib/report.js';
import { catalogName } from '../lib/symbols.js';
import { SLACK_WEB, startSlackApp, type Target, writeReplies } from '../lib/targets.js';
import { BENCH_SIGNING_SECRET, BENCH_SLACK_TOKEN } from '../load/protocol.js';
import type { BenchContext } from './context.js';
import { measurePair, memoryRow, throughputRows } from './load-pair.js';

const BARE_BOLT = '(bare Bolt, same reply)';

/** What both Slack apps need, and what row 5 reuses to start them again. */
export interface SlackSetup {
  env: (storeFile: string) => Record<string, string>;
  repliesFile: string;
}

/**
 * Rows 1 and 2 (Slack), and sockerr's Slack memory for row 7. sockerr runs as the Procfile's `web`
 * (`node … dist/main.js slack`) against the fake Web API; its baseline is a bare Bolt app sending sockerr's own replies.
 */
export async function runSlackRows(
  ctx: BenchContext,
): Promise<{ rows: Row[]; memory: Row; setup: SlackSetup }> {
  const { sockerr, command, setup } = await startWithReplies(ctx);
  const expect = catalogName('10053');
  let bare: Target | undefined;
  try {
    ctx.progress('slack: starting the bare Bolt app with the same replies');
    bare = await startSlackApp('bare Bolt', setup.env('unused.json'), ctx.work);
    await ctx.load.probe({ kind: 'command', target: origin(bare), expect, timeoutMs: 15_000 });
    const targets = {
      sockerr: { target: origin(sockerr), pid: sockerr.child.pid },
      baseline: { target: origin(bare), pid: bare.child.pid },
    };
    const size = `${(JSON.stringify(command.reply).length / 1024).toFixed(1)} KB`;
    const slashTargets = {
      throughput: { on: 'ratio', op: '>=', value: 0.9 },
      p99: { on: 'ratio', op: '<=', value: 1.2 },
    } as const;
    const rows: Row[] = [];
    for (const concurrency of [1, 10]) {
      ctx.progress(`slack: /sockerr 10053 at ${concurrency} connection(s)`);
      const results = await measurePair(ctx, { kind: 'command', concurrency, expect }, targets);
      rows.push(
        ...throughputRows(
          {
            key: `slack.command.c${concurrency}`,
            what: `\`/sockerr 10053\` over HTTP, ${concurrency} connection${concurrency > 1 ? 's' : ''}`,
            unit: 'req/s',
            against: BARE_BOLT,
            note: `sockerr answers via ${command.via}, ${size}`,
          },
          results,
          slashTargets,
        ),
      );
    }
    ctx.progress(`slack: auto-replies, ${ctx.options.eventConcurrency} events in flight`);
    const events = await measurePair(
      ctx,
      { kind: 'event', concurrency: ctx.options.eventConcurrency },
      targets,
    );
    rows.push(
      ...throughputRows(
        {
          key: 'slack.autoreply',
          what: `Slack auto-reply, \`message\` event → \`chat.postMessage\` (${ctx.options.eventConcurrency} in flight)`,
          unit: 'events/s',
          against: BARE_BOLT,
        },
        events,
        { throughput: { on: 'ratio', op: '>=', value: 0.8 }, p99: { on: 'ratio', op: '<=', value: 1.5 } },
      ),
    );
    const memory = memoryRow(
      'memory.slack',
      `Memory: the Procfile's web, \`${SLACK_WEB.command}\`, after the Slack load rows`,
      { sockerr: sockerr.child.pid, baseline: bare.child.pid },
      '(bare Bolt)',
    );
    return { rows, memory, setup };
  } finally {
    await Promise.all([stopChild(sockerr.child), bare ? stopChild(bare.child) : undefined]);
  }
}

/** sockerr started against the fake, and its own replies written for the bare Bolt app to send. */
async function startWithReplies(ctx: BenchContext) {
  const { apiUrl } = await ctx.load.slackFake();
  const setup: SlackSetup = {
    env: (storeFile) => ({
      SLACK_BOT_TOKEN: BENCH_SLACK_TOKEN,
      SLACK_SIGNING_SECRET: BENCH_SIGNING_SECRET,
      SLACK_API_URL: apiUrl,
      SOCKERR_STORE_PATH: join(ctx.work, storeFile),
      // Every pasted trace gets its reply, so each event measures the full path (no 👀 instead).
      SOCKERR_COOLDOWN_MINUTES: '0',
      BENCH_REPLIES_FILE: join(ctx.work, 'slack-replies.json'),
    }),
    repliesFile: join(ctx.work, 'slack-replies.json'),
  };
  ctx.progress(`slack: starting sockerr (the Procfile's web: ${SLACK_WEB.command})`);
  const sockerr = await startSlackApp('sockerr', setup.env('slack-load.json'), ctx.work);
  try {
    const expect = catalogName('10053');
    const target = origin(sockerr);
    const command = await ctx.load.probe({ kind: 'command', target, expect, timeoutMs: 15_000 });
    const message = await ctx.load.probe({ kind: 'event', target, timeoutMs: 15_000 });
    const { channel, thread_ts, team_id, token, ...post } = message.reply;
    writeReplies(setup.repliesFile, { command: command.reply, message: post });
    return { sockerr, command, setup };
  } catch (error) {
    await stopChild(sockerr.child);
    throw error;
  }
}

/** The start-up rows alone (`--only=start`) still need the replies the bare Bolt app sends. */
export async function prepareSlackSetup(ctx: BenchContext): Promise<SlackSetup> {
  const { sockerr, setup } = await startWithReplies(ctx);
  await stopChild(sockerr.child);
  return setup;
}

function origin(target: Target): string {
  if (!target.origin) throw new Error('a Slack app without an origin');
  return target.origin;
}
