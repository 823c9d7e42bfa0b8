import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES } from './paths.js';

/** A real paste of the labelled corpus (`test/fixtures/corpus/`, each with its source address), by id. */
export function corpusPaste(id: string): string {
  for (const file of ['dev.jsonl', 'dev-more.jsonl']) {
    for (const line of readFileSync(join(FIXTURES, 'corpus', file), 'utf8').split('\n')) {
      if (line.includes(`"id": "${id}"`)) return (JSON.parse(line) as { text: string }).text;
    }
  }
  throw new Error(`no corpus paste ${id}`);
}
