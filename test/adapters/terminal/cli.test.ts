import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../helpers/paths.js';

describe('the sockerr executable', () => {
  const run = promisify(execFile);
  it('writes only JSON to stdout with --json and sets the exit code', async () => {
    const { stdout } = await run(
      process.execPath,
      ['--import', 'tsx', join(ROOT, 'src/adapters/terminal/cli.ts'), '10061', '--json'],
      {
        cwd: ROOT,
      },
    );
    expect(JSON.parse(stdout)[0].name).toBe('WSAECONNREFUSED');
    await expect(
      run(process.execPath, ['--import', 'tsx', join(ROOT, 'src/adapters/terminal/cli.ts'), 'zzqx']),
    ).rejects.toMatchObject({ code: 1 });
  }, 30_000);
});
