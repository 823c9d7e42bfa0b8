import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PermissionFlagsBits } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { INVITE_PERMISSIONS } from '../../../src/adapters/discord/invite.js';
import { ROOT } from '../../helpers/paths.js';

const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');

/** A permission as the Developer Portal names it ("View Channels") to its flag. */
function flagOf(name: string): bigint | undefined {
  const key = name.replace(/(^| )(\w)/g, (_, _blank, c: string) => c.toUpperCase()); // Send Messages in Threads: SendMessagesInThreads
  const flags = PermissionFlagsBits as Record<string, bigint>;
  return flags[key] ?? flags[key.replace(/s$/, '')];
}

describe('the invite the README and docs/discord.md give', () => {
  it('asks for the permissions the invite command prints', () => {
    const asked = [...`${read('README.md')}${read('docs/discord.md')}`.matchAll(/permissions=(\d+)/g)];
    expect(asked.length).toBeGreaterThanOrEqual(3);
    for (const [, permissions] of asked) expect(permissions).toBe(INVITE_PERMISSIONS.toString());
  });

  it('explains exactly those permissions in docs/discord.md’s table', () => {
    const table = read('docs/discord.md').split('## 3. Invite the bot')[1]?.split('\n## ')[0] ?? '';
    const names = [...table.matchAll(/^\| ([A-Z][A-Za-z ]+?) \| /gm)]
      .map((m) => m[1] ?? '')
      .filter((name) => name !== 'Permission');
    const flags = names.map((name) => [name, flagOf(name)] as const);
    expect(flags.filter(([, flag]) => flag === undefined)).toEqual([]);
    expect(flags.reduce((all, [, flag]) => all | (flag ?? 0n), 0n)).toBe(INVITE_PERMISSIONS);
  });
});
