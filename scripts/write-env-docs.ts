/** Regenerates `.env.example` and the README's env table from `src/config/vars.ts`. */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderEnvExample, updateReadmeTable } from '../src/config/index.js';

const root = fileURLToPath(new URL('../', import.meta.url));
writeFileSync(`${root}.env.example`, renderEnvExample());
writeFileSync(`${root}README.md`, updateReadmeTable(readFileSync(`${root}README.md`, 'utf8')));
console.log('wrote .env.example and the README env table');
