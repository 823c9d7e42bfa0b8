/**
 * `prepare` (which `npm ci` runs) and `prestart`: builds dist/ when the build tools are installed.
 * `npm ci --omit=dev`, as a production image's last stage runs it (dist/ copied from a build stage,
 * or not yet: installing the dependencies is often a layer of its own), has no TypeScript: there a
 * `tsc: not found` failed the whole install. Plain JavaScript, so it runs without the dev tools.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const installed = (name) => {
  try {
    require.resolve(`${name}/package.json`);
    return true;
  } catch {
    return false;
  }
};

if (installed('typescript') && installed('tsx')) {
  // npm_execpath is npm's own script when npm runs this; `npm` through a shell anywhere else.
  const npm = process.env.npm_execpath;
  const built = npm
    ? spawnSync(process.execPath, [npm, 'run', 'build', '--silent'], { stdio: 'inherit' })
    : spawnSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit', shell: true });
  process.exit(built.status ?? 1);
}

const starting = process.env.npm_lifecycle_event === 'prestart';
if (existsSync(new URL('../dist/main.js', import.meta.url))) {
  if (starting) console.error('sockerr: the build tools are not installed; starting the dist/ already built');
  process.exit(0);
}
console.error(
  starting
    ? 'sockerr: dist/ is not built and the build tools are not installed (npm ci --omit=dev): build it where they are (npm ci && npm run build) and copy dist/ here'
    : 'sockerr: the build tools are not installed (npm ci --omit=dev), so dist/ is not built here: copy it from a build that ran npm ci && npm run build',
);
// Installing without the dev tools is a step of its own; only starting without dist/ is an error.
process.exit(starting ? 1 : 0);
