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

/** Platform SDKs are imported only when their adapter runs, so the shell starts fast. */
export async function buildAdapter(name: AdapterName, deps: AdapterDeps): Promise<Adapter> {
  switch (name) {
    case 'slack':
      return (await import('../adapters/slack/index.js')).createSlackAdapter(deps);
    case 'discord':
      return (await import('../adapters/discord/index.js')).createDiscordAdapter(deps);
    case 'shell': {
      const { createShellAdapter } = await import('../adapters/terminal/index.js');
      const interactive = Boolean(process.stdin.isTTY);
      const shell = createShellAdapter(deps, {
        input: process.stdin,
        output: process.stdout,
        color: Boolean(process.stdout.isTTY),
        interactive,
      });
      // The shell ends with its input (EOF, Ctrl-C, /quit): then the process ends too.
      void shell.closed.then(() => process.emit('SIGTERM'));
      return shell;
    }
  }
}
