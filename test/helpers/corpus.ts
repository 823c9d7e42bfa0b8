import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES } from './paths.js';

/** A real paste of the labelled corpus (`test/fixtures/corpus/`, each with its source address), by id. */
export function corpusPaste(id: string): string {
  // A round's rows (`c65-012`) are in that round's file; the starting corpus's in the two dev files.
  const round = /^c(\d+)-/.exec(id)?.[1];
  for (const file of round ? [`round${round}.jsonl`] : ['dev.jsonl', 'dev-more.jsonl']) {
    for (const line of readFileSync(join(FIXTURES, 'corpus', file), 'utf8').split('\n')) {
      if (line.includes(`"id": "${id}"`)) return (JSON.parse(line) as { text: string }).text;
    }
  }
  throw new Error(`no corpus paste ${id}`);
}
