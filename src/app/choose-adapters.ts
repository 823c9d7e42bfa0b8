import type { Adapter, AdapterDeps } from '../adapters/adapter.js';
import { type Config, ConfigError } from '../config/index.js';
import { deferPackage } from '../infra/modules/index.js';
import { inputIsDirectory, inputIsNullDevice } from './standard-input.js';

const ADAPTER_NAMES = ['slack', 'discord', 'shell'] as const;
export type AdapterName = (typeof ADAPTER_NAMES)[number];

export function chooseAdapters(
  config: Config,
  requested: string | undefined,
  noInput: () => boolean = inputIsNullDevice,
): AdapterName[] {
  if (requested !== undefined) {
    if (!ADAPTER_NAMES.includes(requested as AdapterName)) {
      throw new ConfigError([`unknown adapter "${requested}": use one of ${ADAPTER_NAMES.join(', ')}`]);
    }
    if (requested === 'slack' && !config.slack) {
      throw new ConfigError([
        'the slack adapter needs SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET (or SLACK_APP_TOKEN)',
      ]);
    }
    if (requested === 'discord' && !config.discord) {
      throw new ConfigError(['the discord adapter needs DISCORD_TOKEN and DISCORD_APPLICATION_ID']);
    }
    return [requested as AdapterName];
  }
  const chosen: AdapterName[] = [];
  if (config.slack) chosen.push('slack');
  if (config.discord) chosen.push('discord');
  if (chosen.length > 0) return chosen;
  // No credentials: the local shell, on standard input. From /dev/null it reads nothing and ends
  // at once, exit 0, without a word: a container or a service whose credentials did not arrive.
  if (noInput()) {
    throw new ConfigError([
      'no chat is configured (Slack: SLACK_BOT_TOKEN with SLACK_SIGNING_SECRET or SLACK_APP_TOKEN; Discord: DISCORD_TOKEN with DISCORD_APPLICATION_ID), and standard input is not a terminal, so the local shell would have nothing to read: give this process its credentials (its environment or .env), or start the shell on purpose with `node dist/main.js shell`',
    ]);
  }
  return ['shell'];
}

/** Builds an adapter from the collaborators every adapter receives. */
export type AdapterFactory = (deps: AdapterDeps) => Adapter;

/**
 * Imports an adapter's module (platform SDKs are imported only when their adapter runs, so the
 * shell starts fast). Its own promise, so the import can run while the store opens.
 */
export async function importAdapter(name: AdapterName): Promise<AdapterFactory> {
  switch (name) {
    case 'slack':
      // Bolt requires @slack/socket-mode, and with it undici, at its own import, though only Socket
      // Mode uses them: over HTTP they were about 4 MB of live heap, which V8 lets the old generation
      // grow to twice of between full collections (docs/performance.md, "Memory").
      deferPackage('@slack/socket-mode', '@slack/bolt');
      return (await import('../adapters/slack/index.js')).createSlackAdapter;
    case 'discord':
      return (await import('../adapters/discord/index.js')).createDiscordAdapter;
    case 'shell': {
      const { createShellAdapter, wantsColor, wantsPrompt } = await import('../adapters/terminal/index.js');
      return (deps) => {
        // Node reads a directory on fd 0 (`npm start < logs/`) as an input that ends at once.
        if (inputIsDirectory()) {
          throw new ConfigError([
            'standard input is a directory, so the local shell has nothing to read: run it at a terminal, or give it a file (`npm start < trace.log`)',
          ]);
        }
        const interactive = wantsPrompt(process.stdin, process.stdout);
        const shell = createShellAdapter(deps, {
          input: process.stdin,
          output: process.stdout,
          color: wantsColor(process.stdout),
          interactive,
        });
        // The shell ends with its input (EOF, Ctrl-C, /quit): then the process ends too, with
        // exit code 1 when it ended because it could not read or write (replies were lost).
        void shell.closed.then(({ failure }) => {
          if (failure) {
            process.stderr.write(`sockerr: ${failure}\n`);
            process.exitCode = 1;
          }
          process.emit('SIGTERM');
        });
        return shell;
      };
    }
  }
}
