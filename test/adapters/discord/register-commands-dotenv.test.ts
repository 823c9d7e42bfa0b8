import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const cli = fileURLToPath(new URL('../../../src/adapters/discord/register-commands-cli.ts', import.meta.url));
// Resolved here: the command runs in a folder of its own, where `--import tsx` would not be found.
const tsx = import.meta.resolve('tsx');
// Port 9 (discard) is closed on 127.0.0.1: a run that read the file tries Discord there and says so.
const LINES =
  'DISCORD_TOKEN=MTIz.GaBc.abcdefghijklmnopqrstuvwxyz\nDISCORD_APPLICATION_ID=123456789012345678\nDISCORD_API_URL=http://127.0.0.1:9/api\n';

let folder: string;
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'sockerr-commands-env-'));
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

/** `npm run discord:commands` in `folder`, with no sockerr variable in its environment: only `.env` sets them. */
async function run(): Promise<{ code: number; stdout: string; stderr: string }> {
  const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' };
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, ['--import', tsx, cli], {
      cwd: folder,
      env,
      timeout: 30_000,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('npm run discord:commands reads .env as npm start does', () => {
  it('reads the Discord variables from a UTF-8 .env', async () => {
    writeFileSync(join(folder, '.env'), LINES);
    const { code, stderr } = await run();
    expect(stderr).toContain('Could not register Discord commands: connect ECONNREFUSED 127.0.0.1:9');
    expect(code).toBe(1);
  }, 60_000);

  it('says a .env saved as UTF-16 (Windows PowerShell) cannot be read, rather than that its variables are unset', async () => {
    writeFileSync(
      join(folder, '.env'),
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(LINES, 'utf16le')]),
    );
    const { code, stderr } = await run();
    expect(stderr).toContain('.env is saved as UTF-16');
    expect(stderr).not.toContain('Set DISCORD_TOKEN');
    expect(code).toBe(1);
  }, 60_000);
});
