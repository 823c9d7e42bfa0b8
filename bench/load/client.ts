import { fileURLToPath } from 'node:url';
import { type Child, startChild, stopChild } from '../lib/children.js';
import type {
  DiscordFakeInfo,
  LoadMessage,
  LoadRequest,
  LoadResult,
  LoadSpec,
  ProbeResult,
  SlackFakeInfo,
} from './protocol.js';

const LOAD_PROCESS = fileURLToPath(new URL('../load-process.ts', import.meta.url));

/** The orchestrator's handle on the load process (plays Slack and Discord, generates the load). */
export interface LoadClient {
  readonly child: Child;
  slackFake(): Promise<SlackFakeInfo>;
  discordFake(name: string): Promise<DiscordFakeInfo>;
  probe(request: Omit<Extract<LoadRequest, { op: 'probe' }>, 'op'>): Promise<ProbeResult>;
  load(spec: LoadSpec): Promise<LoadResult>;
  close(): Promise<void>;
}

export function startLoadProcess(): LoadClient {
  const child = startChild('load process', LOAD_PROCESS, [], {
    ipc: true,
    // tsx, because the fakes it runs are TypeScript test code.
    execArgv: ['--import', 'tsx'],
    env: { ...process.env, NODE_ENV: 'production' },
  });
  const waiting = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  let next = 0;
  child.process.on('message', (message: LoadMessage) => {
    const waiter = waiting.get(message.id);
    waiting.delete(message.id);
    if (message.ok) waiter?.resolve(message.result);
    else waiter?.reject(new Error(`load process: ${message.error}`));
  });
  void child.exited.then((code) => {
    for (const waiter of waiting.values())
      waiter.reject(new Error(`the load process exited (${code}): ${child.tail()}`));
    waiting.clear();
  });
  const call = <T>(request: LoadRequest): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      next += 1;
      waiting.set(next, { resolve: resolve as (v: unknown) => void, reject });
      child.process.send({ id: next, request });
    });
  return {
    child,
    slackFake: () => call({ op: 'slack-fake' }),
    discordFake: (name) => call({ op: 'discord-fake', name }),
    probe: (request) => call({ op: 'probe', ...request }),
    load: (spec) => call({ op: 'load', ...spec }),
    async close() {
      if (child.process.connected) child.process.disconnect();
      await stopChild(child, 3000);
    },
  };
}
