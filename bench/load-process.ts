/**
 * The bench's load process (started by `bench/run.ts`, never alone): it plays Slack and Discord
 * with the fakes from `test/fakes/` and drives the apps under test with signed requests and gateway
 * events, on its own core, apart from the apps it measures. It ends when the orchestrator does.
 */
import type { Pool } from 'undici';
import { runClosedLoop } from './load/closed-loop.js';
import { type DiscordLoad, startDiscordLoad } from './load/discord-load.js';
import type { LoadMessage, LoadRequest, LoadSpec, ProbeResult } from './load/protocol.js';
import { type SlackLoad, startSlackLoad } from './load/slack-load.js';
import type { Arrival } from './load/waiters.js';

let slack: SlackLoad | undefined;
const discords = new Map<string, DiscordLoad>();

const slackLoad = () => {
  if (!slack) throw new Error('start the Slack fake first');
  return slack;
};
const discordLoad = (name: string) => {
  const found = discords.get(name);
  if (!found) throw new Error(`no Discord fake named ${name}`);
  return found;
};

/** One request of `spec`'s kind; `t0.at` is set when it is sent. */
function sender(spec: Pick<LoadSpec, 'kind' | 'target' | 'expect' | 'newAuthors'>, pool: Pool | undefined) {
  return (t0: { at: number }, timeoutMs?: number): Promise<Arrival> => {
    if (spec.kind === 'command') return slackLoad().command(pool as Pool, spec.expect ?? '', t0);
    if (spec.kind === 'event') return slackLoad().event(pool as Pool, t0, spec.newAuthors);
    return discordLoad(spec.target).event(t0, timeoutMs);
  };
}

async function withPool<T>(
  spec: Pick<LoadSpec, 'kind' | 'target'>,
  n: number,
  run: (p?: Pool) => Promise<T>,
) {
  const pool = spec.kind === 'discord' ? undefined : slackLoad().pool(spec.target, n);
  try {
    return await run(pool);
  } finally {
    await pool?.close();
  }
}

/** Discord: waits for the client's session, then pastes until one reply comes back (it is ready). */
async function probe(request: Extract<LoadRequest, { op: 'probe' }>): Promise<ProbeResult> {
  const deadline = performance.now() + request.timeoutMs;
  if (request.kind === 'discord') {
    const fake = discordLoad(request.target);
    while (!fake.connected() && performance.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  }
  return withPool(request, 1, async (pool) => {
    for (;;) {
      const left = deadline - performance.now();
      if (left <= 0)
        throw new Error(`no ${request.kind} reply from ${request.target} in ${request.timeoutMs} ms`);
      try {
        const arrival = await sender(request, pool)({ at: 0 }, Math.min(left, 1000));
        return { via: arrival.via, reply: arrival.value };
      } catch (error) {
        if (request.kind !== 'discord') throw error;
      }
    }
  });
}

async function handle(request: LoadRequest): Promise<unknown> {
  switch (request.op) {
    case 'slack-fake':
      slack ??= await startSlackLoad();
      return { apiUrl: slack.apiUrl };
    case 'discord-fake': {
      const fake = discords.get(request.name) ?? (await startDiscordLoad());
      discords.set(request.name, fake);
      return fake.info;
    }
    case 'probe':
      return probe(request);
    case 'load':
      return withPool(request, request.concurrency, (pool) => {
        const send = sender(request, pool);
        return runClosedLoop(request, async () => {
          const t0 = { at: 0 };
          const arrival = await send(t0);
          return arrival.at - t0.at;
        });
      });
  }
}

process.on('message', (message: { id: number; request: LoadRequest }) => {
  const reply = (answer: LoadMessage) => process.send?.(answer);
  handle(message.request).then(
    (result) => reply({ id: message.id, ok: true, result }),
    (error: unknown) =>
      reply({
        id: message.id,
        ok: false,
        error: error instanceof Error ? (error.stack ?? error.message) : String(error),
      }),
  );
});

// The orchestrator is gone (finished, failed or killed): close the fakes and end too.
process.on('disconnect', () => {
  void Promise.allSettled([slack?.close(), ...[...discords.values()].map((d) => d.close())]).finally(() =>
    process.exit(0),
  );
  setTimeout(() => process.exit(0), 2000).unref();
});
