import type { Adapter, AdapterDeps } from '../adapters/adapter.js';
import { type Config, ConfigError } from '../config/index.js';

const ADAPTER_NAMES = ['slack', 'discord', 'shell'] as const;
export type AdapterName = (typeof ADAPTER_NAMES)[number];

export function chooseAdapters(config: Config, requested: string | undefined): AdapterName[] {
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
  return chosen.length > 0 ? chosen : ['shell'];
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
      return (await import('../adapters/slack/index.js')).createSlackAdapter;
    case 'discord':
      return (await import('../adapters/discord/index.js')).createDiscordAdapter;
    case 'shell': {
      const { createShellAdapter, wantsColor } = await import('../adapters/terminal/index.js');
      return (deps) => {
        const interactive = Boolean(process.stdin.isTTY);
        const shell = createShellAdapter(deps, {
          input: process.stdin,
          output: process.stdout,
          color: wantsColor(process.stdout),
          interactive,
        });
        // The shell ends with its input (EOF, Ctrl-C, /quit): then the process ends too.
        void shell.closed.then(() => process.emit('SIGTERM'));
        return shell;
      };
    }
  }
}
