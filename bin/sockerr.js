#!/usr/bin/env node
// The compiled CLI; `npm ci` builds it (the `prepare` script).
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const cli = new URL('../dist/adapters/terminal/cli.js', import.meta.url);
if (existsSync(cli)) await import(cli.href);
else {
  // Unbuilt (`npm ci --ignore-scripts`, a failed build), Node's answer was a stack trace and exit
  // code 1, which a script reads as "no socket errors found".
  const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
  process.stderr.write(`sockerr: it is not built yet: run \`npm ci\` (or \`npm run build\`) in ${root}\n`);
  process.exitCode = 2;
}
