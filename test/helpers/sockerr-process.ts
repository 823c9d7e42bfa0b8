import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readProcfileCommand } from '../../bench/lib/procfile.js';
import { CONFIG_VARS } from '../../src/config/vars.js';
import type { FakeSlack } from '../fakes/slack/fake-slack.js';
import { type SlackRequestBody, sendToApp } from '../fakes/slack/slack-requests.js';
import { eventually } from './eventually.js';
import { freePort } from './free-port.js';
import { ROOT } from './paths.js';

const MAIN = fileURLToPath(new URL('../../src/main.ts', import.meta.url));

/** sockerr as `npm start` runs it (`src/main.ts` through tsx, so no build is needed), as a child process. */
export interface SockerrProcess {
  readonly child: ChildProcess;
  stdout(): string;
  stderr(): string;
  /** Types into the shell (stdin). */
  write(text: string): void;
  /** Waits until the output so far matches; returns where the match ends. */
  waitFor(stream: 'stdout' | 'stderr', pattern: RegExp, what: string, ms?: number): Promise<number>;
  /** Ends stdin (the shell quits) and waits for the exit code. */
  endInput(): Promise<number | null>;
  /** SIGTERM, and waits for the exit code. */
  stop(): Promise<number | null>;
}

/** Starts sockerr with only `env` set (every declared variable empty otherwise, so no `.env` leaks in). */
export function startSockerr(env: Record<string, string>, args: string[] = []): SockerrProcess {
  return startNode(['--import', 'tsx', MAIN, ...args], env);
}

/**
 * Starts one process type of the Procfile (`web`, `worker`) as a platform would: `dist/main.js`
 * (run `npm run build` first) with the Procfile's node flags and environment, and `env` on top.
 */
export function startProcfileProcess(type: 'web' | 'worker', env: Record<string, string>): SockerrProcess {
  const command = readProcfileCommand(ROOT, type);
  checkBuild();
  return startNode(command.args, { ...command.env, ...env });
}

let built = false;
/** The Procfile runs `dist/`: a build older than `src/` would test code that is no longer there. */
function checkBuild(): void {
  if (built) return;
  const main = join(ROOT, 'dist', 'main.js');
  if (!existsSync(main))
    throw new Error('dist/main.js is missing: run `npm run build` before the Procfile tests');
  const newest = (dir: string): number =>
    Math.max(
      0,
      ...readdirSync(dir, { withFileTypes: true }).map((e) =>
        e.isDirectory() ? newest(join(dir, e.name)) : statSync(join(dir, e.name)).mtimeMs,
      ),
    );
  if (newest(join(ROOT, 'src')) > statSync(main).mtimeMs)
    throw new Error('dist/ is older than src/: run `npm run build` before the Procfile tests');
  built = true;
}

function startNode(argv: string[], env: Record<string, string>): SockerrProcess {
  const full: Record<string, string> = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' };
  for (const v of CONFIG_VARS) full[v.key] = '';
  Object.assign(full, env);
  const child = spawn(process.execPath, argv, {
    env: full,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    out += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    err += chunk.toString();
  });
  const exited = once(child, 'exit').then(([code]) => code as number | null);
  return {
    child,
    stdout: () => out,
    stderr: () => err,
    write: (text) => void child.stdin?.write(text),
    async waitFor(stream, pattern, what, ms = 15_000) {
      const found = await eventually(
        () => {
          if (child.exitCode !== null)
            throw new Error(`sockerr exited (${child.exitCode}) before ${what}:\n${err}`);
          const text = stream === 'stdout' ? out : err;
          const match = new RegExp(pattern.source, pattern.flags.replace('g', '')).exec(text);
          return match ? { end: match.index + match[0].length } : undefined;
        },
        `${what}\n--- stdout:\n${out}\n--- stderr:\n${err}`,
        ms,
      );
      return found.end;
    },
    async endInput() {
      child.stdin?.end();
      return exited;
    },
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
}

export const BOT_TOKEN = 'xoxb-process-test-token';
const SIGNING_SECRET = '5e0c2b7a4f1d8e3b6a9c0d1e2f3a4b5c';

/** A sockerr process with the Slack adapter over HTTP, against a fake Slack. */
export interface SlackSockerr extends SockerrProcess {
  /** Sends a signed request as Slack would; `retryNum` marks a redelivery. */
  send(body: SlackRequestBody, retryNum?: number): Promise<Response>;
  /** Its HTTP server, Slack's public port (`/slack/events`, `/healthz`, `/readyz`, `/metrics`). */
  baseUrl: string;
}

/** `npm start` (src/main.ts through tsx), or the Procfile's `web` (the built `dist/main.js slack`). */
export async function startSlackSockerr(
  fake: FakeSlack,
  env: Record<string, string>,
  how: 'npm start' | 'procfile' = 'npm start',
): Promise<SlackSockerr> {
  const port = await freePort();
  const start =
    how === 'procfile' ? (vars: Record<string, string>) => startProcfileProcess('web', vars) : startSockerr;
  const proc = start({
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: fake.apiUrl,
    PORT: String(port),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'info',
    LOG_FORMAT: 'json',
    // The slash-command fixture's user changes settings here: listed, as an operator would list them.
    SOCKERR_SETTINGS_USERS: 'U0ALICE',
    ...env,
  });
  await proc.waitFor('stderr', /"adapter started"/, 'start-up', 30_000);
  const baseUrl = `http://127.0.0.1:${port}`;
  const url = `${baseUrl}/slack/events`;
  return Object.assign(proc, {
    baseUrl,
    send: (body: SlackRequestBody, retryNum?: number) =>
      sendToApp(
        url,
        body,
        retryNum === undefined ? { secret: SIGNING_SECRET } : { secret: SIGNING_SECRET, retryNum },
      ),
  });
}

/**
 * Sends a slash command to `app` and resolves with what the asker saw, as JSON text: the message
 * in the ack when sockerr answered there, else the `response_url` post that followed it.
 */
export async function askSlackSockerr(app: SlackSockerr, fake: FakeSlack, body: SlackRequestBody) {
  const before = fake.responses.length;
  const response = await app.send(body);
  const acked = await response.text();
  if (response.status === 200 && acked.trim() !== '') return acked;
  const [posted] = await eventually(
    () => fake.responses.length > before && fake.responses.slice(before),
    'the answer to a slash command',
  );
  return JSON.stringify(posted?.body);
}
