import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chooseAdapters } from '../../src/app/choose-adapters.js';
import { ConfigError, loadConfig } from '../../src/config/index.js';
import { CONFIG_VARS } from '../../src/config/vars.js';
import { ROOT } from '../helpers/paths.js';

const none = loadConfig({});

describe('chooseAdapters with no chat configured', () => {
  it('runs the local shell on a terminal, a file or a pipe', () => {
    expect(chooseAdapters(none, undefined, () => false)).toEqual(['shell']);
  });

  it('refuses to run it on /dev/null, where it would end at once without a word', () => {
    const choose = () => chooseAdapters(none, undefined, () => true);
    expect(choose).toThrow(ConfigError);
    expect(choose).toThrow(/no chat is configured \(Slack: SLACK_BOT_TOKEN .*`node dist\/main.js shell`/);
    // Asked for by name, it runs: the person meant it.
    expect(chooseAdapters(none, 'shell', () => true)).toEqual(['shell']);
  });

  it('makes sockerr started as a service without its credentials exit 1 saying so, not 0 in silence', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sockerr-no-input-'));
    try {
      const env: Record<string, string> = {
        PATH: process.env.PATH ?? '',
        SOCKERR_STORE_PATH: join(dir, 's.db'),
      };
      for (const v of CONFIG_VARS) env[v.key] ??= '';
      // stdin 'ignore' is /dev/null, as `docker run` without -i, systemd and Kubernetes give it.
      const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src/main.ts')], {
        env: { ...env, DOTENV_CONFIG_PATH: join(dir, '.env') },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
      });
      const [code] = await once(child, 'exit');
      expect(code).toBe(1);
      expect(stderr).toContain('no chat is configured');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 30_000);
});
