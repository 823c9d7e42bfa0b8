import { stopChild } from '../lib/children.js';
import type { Row } from '../lib/report.js';
import { interleave } from '../lib/rounds.js';
import { median, medianRatio } from '../lib/stats.js';
import { SLACK_WEB, startSlackApp } from '../lib/targets.js';
import type { BenchContext } from './context.js';
import type { SlackSetup } from './slack-rows.js';

interface StartRound {
  readyMs: number;
  firstReplyMs?: number;
  laterReplyMs?: number;
}

/**
 * Row 5: a fresh process each round, timed from spawn to its first `/healthz` 200 (sockerr as the
 * Procfile's `web`, `node … dist/main.js slack`, against a bare Bolt app run with plain `node`); then sockerr's first auto-reply after that
 * start, against the median of the replies that follow it in the same process.
 */
export async function runStartRows(ctx: BenchContext, slack: SlackSetup): Promise<Row[]> {
  let round = 0;
  const start = async (which: 'sockerr' | 'bare Bolt'): Promise<StartRound> => {
    round += 1;
    const app = await startSlackApp(which, slack.env(`start-${round}.json`), ctx.work);
    try {
      if (which !== 'sockerr' || !app.origin) return { readyMs: app.readyMs ?? Number.NaN };
      const event = { kind: 'event', target: app.origin, concurrency: 1 } as const;
      const first = await ctx.load.load({ ...event, count: 1 });
      const later = await ctx.load.load({ ...event, count: ctx.options.laterReplies });
      if (first.completed !== 1)
        throw new Error(`sockerr did not answer its first paste: ${first.firstError}`);
      return { readyMs: app.readyMs ?? Number.NaN, firstReplyMs: first.p50Ms, laterReplyMs: later.p50Ms };
    } finally {
      await stopChild(app.child);
    }
  };
  ctx.progress(`start-up: ${ctx.options.startRounds} starts of each app`);
  const rounds = await interleave(
    ctx.options.startRounds,
    () => start('sockerr'),
    () => start('bare Bolt'),
  );
  const mine = rounds.sockerr;
  const first = mine.map((r) => r.firstReplyMs ?? Number.NaN);
  const later = mine.map((r) => r.laterReplyMs ?? Number.NaN);
  return [
    {
      key: 'start.ready',
      what: `Start-up: the Procfile's web, \`${SLACK_WEB.command}\`, from spawn to \`/healthz\` 200`,
      unit: 'ms',
      sockerr: median(mine.map((r) => r.readyMs)),
      baseline: median(rounds.baseline.map((r) => r.readyMs)),
      against: '(bare Bolt to its first 200)',
      ratio: medianRatio(
        mine.map((r) => r.readyMs),
        rounds.baseline.map((r) => r.readyMs),
      ),
      target: { on: 'ratio', op: '<=', value: 1.2 },
    },
    {
      key: 'start.first-reply',
      what: 'First Slack auto-reply after a start',
      unit: 'ms',
      sockerr: median(first),
      baseline: median(later),
      against: `(median of the next ${ctx.options.laterReplies}, same process)`,
      ratio: medianRatio(first, later),
      // "as fast as the later ones": within the 1.2 the issue allows a start-up.
      target: { on: 'ratio', op: '<=', value: 1.2, text: '≈ 1 (≤ 1.2)' },
    },
  ];
}
