import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { closeSync, mkdirSync, mkdtempSync, openSync, rmSync } from 'node:fs';
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

/** Runs `main.ts shell` with no chat configured and the standard streams given; its code and stderr. */
async function runShell(stdio: [number | 'pipe', number | 'pipe'], typed: string) {
  const dir = mkdtempSync(join(tmpdir(), 'sockerr-shell-io-'));
  try {
    const env: Record<string, string> = {
      PATH: process.env.PATH ?? '',
      SOCKERR_STORE_PATH: join(dir, 's.db'),
    };
    for (const v of CONFIG_VARS) env[v.key] ??= '';
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src/main.ts'), 'shell'], {
      env: { ...env, DOTENV_CONFIG_PATH: join(dir, '.env') },
      stdio: [stdio[0], stdio[1], 'pipe'],
    });
    child.stdin?.end(typed);
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    const [code] = await once(child, 'exit');
    return { code, stderr };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('the shell, when its standard streams cannot serve it', () => {
  it.skipIf(process.platform !== 'linux')(
    'exits 1 saying so when its replies cannot be written (stdout is /dev/full), not 0 in silence',
    async () => {
      const full = openSync('/dev/full', 'w');
      try {
        const { code, stderr } = await runShell(['pipe', full], '/sockerr 10054\n');
        expect(stderr).toContain(
          'sockerr: cannot write to standard output: no space left on device (ENOSPC)',
        );
        expect(code).toBe(1);
      } finally {
        closeSync(full);
      }
    },
    30_000,
  );

  it.skipIf(process.platform !== 'linux')(
    'exits 1 saying so when standard input is a directory, where it would read nothing',
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'sockerr-stdin-dir-'));
      mkdirSync(join(dir, 'logs'));
      const fd = openSync(join(dir, 'logs'), 'r');
      try {
        const { code, stderr } = await runShell([fd, 'pipe'], '');
        expect(stderr).toContain('standard input is a directory');
        expect(code).toBe(1);
      } finally {
        closeSync(fd);
        rmSync(dir, { recursive: true, force: true });
      }
    },
    30_000,
  );
});
