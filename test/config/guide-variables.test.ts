import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONFIG_VARS } from '../../src/config/vars.js';
import { ROOT } from '../helpers/paths.js';

const GUIDES = ['docs/slack.md', 'docs/discord.md'];
const DECLARED = new Map<string, string | undefined>(
  CONFIG_VARS.map((v) => [v.key, 'default' in v ? v.default : undefined]),
);

/** The rows of a guide's tables whose first cell names variables: `[names, the rest of the row]`. */
function variableRows(file: string): [string[], string][] {
  const rows: [string[], string][] = [];
  for (const line of readFileSync(join(ROOT, file), 'utf8').split('\n')) {
    const cells = line.split(' | ');
    const first = cells[0]?.replace(/^\| /, '') ?? '';
    const names = [...first.matchAll(/`([A-Z][A-Z0-9_]+)`/g)].map((m) => m[1] ?? '');
    if (line.startsWith('| `') && names.length > 0) rows.push([names, cells.slice(1).join(' | ')]);
  }
  return rows;
}

describe('the variable tables of the Slack and Discord guides', () => {
  for (const file of GUIDES) {
    const rows = variableRows(file);

    it(`${file} has a variable table (so this test checks something)`, () => {
      expect(rows.length).toBeGreaterThanOrEqual(5);
    });

    it(`${file} names only variables sockerr reads`, () => {
      const unknown = rows.flatMap(([names]) => names).filter((name) => !DECLARED.has(name));
      expect(unknown).toEqual([]);
    });

    it(`${file} gives each variable the default src/config/vars.ts declares`, () => {
      for (const [names, rest] of rows) {
        const said = rest.match(/default (`[^`]+`|\d+)/)?.[1]?.replace(/`/g, '');
        if (names.length !== 1 || said === undefined) continue;
        expect({ [names[0] ?? '']: said }).toEqual({
          [names[0] ?? '']: DECLARED.get(names[0] ?? ''),
        });
      }
    });
  }
});
