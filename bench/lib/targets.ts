import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Child, startChild } from './children.js';
import { freePort, waitFor200 } from './net.js';
import { type ProcfileCommand, readProcfileCommand } from './procfile.js';

/** The repository root: `node dist/main.js` and `node bin/sockerr.js` run from here. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const APPS = fileURLToPath(new URL('../apps/', import.meta.url));

/** A started app under test: sockerr or its baseline. */
export interface Target {
  readonly child: Child;
  /** `http://127.0.0.1:PORT` for the Slack apps. */
  readonly origin?: string;
  /** Milliseconds from spawn to its first `/healthz` 200 (Slack apps). */
  readonly readyMs?: number;
}

/**
 * Apps get a clean environment (only PATH and HOME from the shell) and a fresh working directory
 * without a `.env`, so nothing on this machine (a developer's `.env`, an exported SLACK_APP_TOKEN)
 * changes what is measured. `dist/` and `data/` are found from the module's own path.
 */
export function appEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  return { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', LOG_FORMAT: 'json', ...extra };
}

const nodeApp = (name: string, script: string, args: string[], env: NodeJS.ProcessEnv, cwd: string) =>
  startChild(name, process.execPath, [script, ...args], { env, cwd });

/** sockerr as a Procfile line runs it: its node flags, and its environment over the app's. */
const procfileApp = (command: ProcfileCommand, env: NodeJS.ProcessEnv, cwd: string) =>
  startChild('sockerr', process.execPath, command.args, { env: { ...env, ...command.env }, cwd });

/**
 * sockerr's Slack process as users deploy it: the Procfile's `web` command (its node flags and
 * environment, e.g. `node --max-semi-space-size=… dist/main.js slack`). The bare apps run with plain `node`.
 */
export const SLACK_WEB = readProcfileCommand(ROOT, 'web');
/** sockerr's Discord process as users deploy it: the Procfile's `worker` command. */
export const DISCORD_WORKER = readProcfileCommand(ROOT, 'worker');

/** Starts a Slack app on a free port and waits for its `/healthz`; `readyMs` is spawn → first 200. */
export async function startSlackApp(
  which: 'sockerr' | 'bare Bolt',
  env: Record<string, string>,
  cwd: string,
): Promise<Target> {
  const port = await freePort();
  const full = appEnv({ ...env, PORT: String(port), HOST: '127.0.0.1' });
  const t0 = performance.now();
  const child =
    which === 'sockerr'
      ? procfileApp(SLACK_WEB, full, cwd)
      : nodeApp(which, join(APPS, 'bare-bolt.js'), [], full, cwd);
  const origin = `http://127.0.0.1:${port}`;
  try {
    const ready = await waitFor200(`${origin}/healthz`, { timeoutMs: 30_000, exited: child.exited });
    return { child, origin, readyMs: ready - t0 };
  } catch (error) {
    child.process.kill('SIGKILL');
    throw new Error(`${which} did not start: ${(error as Error).message}\n${child.tail()}`);
  }
}

/**
 * Starts a Discord app (sockerr as the Procfile's `worker`, the bare client with plain `node`); it is
 * ready once the load process sees it reply (a probe).
 */
export async function startDiscordApp(
  which: 'sockerr' | 'bare discord.js',
  env: Record<string, string>,
  cwd: string,
) {
  // The Discord worker serves /healthz on HEALTH_PORT (default PORT, 3000): give it a free one.
  const full = appEnv({ ...env, HEALTH_PORT: String(await freePort()), HOST: '127.0.0.1' });
  return which === 'sockerr'
    ? procfileApp(DISCORD_WORKER, full, cwd)
    : nodeApp(which, join(APPS, 'bare-discord.js'), [], full, cwd);
}

/** Writes the replies the bare apps send (copied from sockerr's own) where they read them. */
export function writeReplies(path: string, replies: Record<string, unknown>): void {
  writeFileSync(path, JSON.stringify(replies));
}
