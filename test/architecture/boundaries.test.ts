import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/paths.js';

const run = promisify(execFile);
const bin = (name: string) => join(ROOT, 'node_modules/.bin', name);

/** A copy of the repository's sources and rule files, with `files` added on top. */
function copyWith(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'sockerr-boundaries-'));
  cpSync(join(ROOT, 'src'), join(dir, 'src'), { recursive: true });
  for (const name of [
    '.dependency-cruiser.cjs',
    'tsconfig.json',
    'package.json',
    'biome.json',
    '.gitignore',
  ]) {
    cpSync(join(ROOT, name), join(dir, name));
  }
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  for (const [path, text] of Object.entries(files)) writeFileSync(join(dir, path), text);
  return dir;
}

async function cruise(dir: string): Promise<{ code: number; out: string }> {
  try {
    const { stdout } = await run(bin('depcruise'), ['src', '--config', '.dependency-cruiser.cjs'], {
      cwd: dir,
    });
    return { code: 0, out: stdout };
  } catch (error) {
    const e = error as { code: number; stdout: string };
    return { code: e.code, out: e.stdout };
  }
}

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('the architecture rules (npm run lint:deps)', () => {
  it('hold for the sources as they are', async () => {
    const dir = copyWith({});
    dirs.push(dir);
    expect(await cruise(dir)).toMatchObject({ code: 0 });
  });

  it('fail for each kind of break, naming the rule and the file', async () => {
    const dir = copyWith({
      'src/core/detect/uses-discord.ts': "import { Client } from 'discord.js';\nexport const c = Client;\n",
      'src/core/lookup/reads-files.ts':
        "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;\n",
      'src/core/detect/explains.ts': "export { makeReply } from '../reply/index.js';\n",
      'src/core/policy/reaches-in.ts': "export { createDetector } from '../detect/create-detector.js';\n",
      'src/core/uses-infra.ts': "export { createLogger } from '../infra/logging/index.js';\n",
      'src/adapters/slack/reaches-in.ts': "export { triageFindings } from '../../core/reply/triage.js';\n",
      'src/adapters/slack/uses-discord-adapter.ts': "export * from '../discord/index.js';\n",
    });
    dirs.push(dir);
    const { code, out } = await cruise(dir);
    expect(code).not.toBe(0);
    for (const [rule, file] of [
      ['core-imports-no-sdk', 'src/core/detect/uses-discord.ts'],
      ['core-does-no-io', 'src/core/lookup/reads-files.ts'],
      ['detect-is-a-leaf', 'src/core/detect/explains.ts'],
      ['feature-entered-by-its-index', 'src/core/policy/reaches-in.ts'],
      ['core-stays-neutral', 'src/core/uses-infra.ts'],
      ['core-entered-by-its-index', 'src/adapters/slack/reaches-in.ts'],
      ['adapters-stay-apart', 'src/adapters/slack/uses-discord-adapter.ts'],
    ]) {
      expect(out, rule).toMatch(new RegExp(`${rule}: ${file}`));
    }
  });

  it('forbid process, console and Buffer in src/core (Biome)', async () => {
    const dir = copyWith({ 'src/core/reads-env.ts': 'export const lang = process.env.LANG;\n' });
    dirs.push(dir);
    const failed = await run(bin('biome'), ['lint', 'src/core/reads-env.ts'], { cwd: dir }).then(
      () => '',
      (error: { stdout: string; stderr: string }) => `${error.stdout}${error.stderr}`,
    );
    expect(failed).toContain('noRestrictedGlobals');
  });
});
