import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../helpers/paths.js';

/**
 * V8's new space at the end of a process that stops its growth, as the CLI does, then reads
 * pieces that each allocate as a scan's step does, with or without the cap: in a process of its
 * own, since the flags it sets are the whole process's.
 */
function newSpaceAfterPieces(capped: boolean): number {
  const script = `
    import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8';
    import { withYoungGenerationCap } from ${JSON.stringify(join(ROOT, 'src/adapters/terminal/young-generation.ts'))};
    setFlagsFromString('--semi-space-growth-factor=1');
    async function* pieces() {
      for (let i = 0; i < 400; i++) yield 'x'.repeat(16384) + i;
    }
    const kept = [];
    const source = ${capped} ? withYoungGenerationCap(pieces()) : pieces();
    for await (const piece of source) {
      // A step's garbage, some of which lives through a collection or two.
      const parts = Array.from({ length: 2000 }, (_, j) => ({ j, text: piece.slice(j, j + 40) }));
      kept.push(parts.slice(0, 200));
      if (kept.length > 8) kept.shift();
    }
    const space = getHeapSpaceStatistics().find((s) => s.space_name === 'new_space');
    console.log(space.space_size);
  `;
  const run = spawnSync(
    process.execPath,
    ['--import', import.meta.resolve('tsx'), '--input-type=module', '-e', script],
    {
      cwd: ROOT,
      encoding: 'utf8',
    },
  );
  expect(run.stderr).toBe('');
  return Number(run.stdout.trim());
}

describe('the young generation of a scan', () => {
  it('grows to 8 MB and no further while a scan reads its pieces, and stays small without the cap', () => {
    expect(newSpaceAfterPieces(true)).toBe(8 << 20);
    expect(newSpaceAfterPieces(false)).toBeLessThan(8 << 20);
  }, 30_000);
});

describe('the pieces of a scan, capped', () => {
  it('let their source go when the reader stops early, as a file is closed then', async () => {
    const { withYoungGenerationCap } = await import('../../../src/adapters/terminal/young-generation.js');
    let closed = false;
    async function* pieces() {
      try {
        yield 'first piece';
        yield 'second piece';
      } finally {
        closed = true;
      }
    }
    const read: string[] = [];
    // Stopped at the first piece: the cap sets no V8 flag before the second.
    for await (const piece of withYoungGenerationCap(pieces())) {
      read.push(piece);
      break;
    }
    expect(read).toEqual(['first piece']);
    expect(closed).toBe(true);
  });
});
