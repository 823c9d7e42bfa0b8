/**
 * Run by `npm run build` after `tsc`: bundles the two process entries, the Procfile's
 * `dist/main.js` and the CLI's `dist/adapters/terminal/cli.js`, in place, from tsc's own output.
 *
 * Why: Node 20 loads every ES module on its own (an asynchronous file read, a resolution and a
 * link step each), and sockerr is about 140 small modules on the CLI's path and more on the
 * web's. Bundled, `sockerr 10054` starts in about half the time, a `sockerr scan` of an empty
 * file takes 50–70 ms less CPU, and the web process reaches `/healthz` about 65 ms sooner
 * (docs/performance.md, Start-up).
 *
 * - Dependencies stay outside (`packages: 'external'`): they load from node_modules as their
 *   authors ship them.
 * - Code is split at every dynamic import, so what a process loads only when it needs it (the
 *   Discord adapter in a Slack process, the store in `sockerr feedback`) still loads only then;
 *   code both entries share goes to `dist/chunks/`.
 * - The rest of tsc's per-file output stays, for the build's own tools
 *   (`save-detector-tables-cli.js`, `register-commands-cli.js`).
 */
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const chunks = `${dist}chunks`;

// Chunks are named by their content's hash: a build's leftovers would pile up beside the new ones.
rmSync(chunks, { recursive: true, force: true });
await build({
  entryPoints: [`${dist}main.js`, `${dist}adapters/terminal/cli.js`],
  outbase: dist,
  outdir: dist,
  allowOverwrite: true,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  chunkNames: 'chunks/[name]-[hash]',
  // tsc's source maps are read in, so a stack trace still maps to `src/`.
  sourcemap: true,
  logLevel: 'warning',
});
