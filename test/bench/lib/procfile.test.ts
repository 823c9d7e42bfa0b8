import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readProcfileCommand } from '../../../bench/lib/procfile.js';
import { ROOT } from '../../helpers/paths.js';

describe('readProcfileCommand', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sockerr-procfile-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const procfile = (text: string) => {
    writeFileSync(join(dir, 'Procfile'), text);
    return dir;
  };

  it('reads the shipped web process as node running dist/main.js slack', () => {
    const web = readProcfileCommand(ROOT, 'web');
    expect(web.args.slice(-2)).toEqual([join(ROOT, 'dist/main.js'), 'slack']);
  });

  it('reads the shipped worker as node running dist/main.js discord, with the malloc settings of web, a young generation of its own and a later optimizing tier', () => {
    const web = readProcfileCommand(ROOT, 'web');
    const worker = readProcfileCommand(ROOT, 'worker');
    expect(worker.args.slice(-2)).toEqual([join(ROOT, 'dist/main.js'), 'discord']);
    expect(worker.env).toEqual(web.env);
    // Each sized for its own load's memory row (docs/performance.md, "Memory"): web 8 MB a half, worker 4.
    const semiSpace = /^--max-semi-space-size=\d+$/;
    expect(web.args.slice(0, -2)).toEqual([expect.stringMatching(semiSpace)]);
    // The worker's handlers run once an event and reach V8's optimizing tier late (stop 48).
    expect(worker.args.slice(0, -2)).toEqual([
      expect.stringMatching(semiSpace),
      expect.stringMatching(/^--interrupt-budget=\d+$/),
    ]);
  });

  it('keeps the environment, the node flags and the arguments of a line apart', () => {
    const root = procfile(
      'web: A=1 B_2=x=y node --max-semi-space-size=4 dist/main.js slack\nworker: node x.js\n',
    );
    expect(readProcfileCommand(root, 'web')).toEqual({
      command: 'A=1 B_2=x=y node --max-semi-space-size=4 dist/main.js slack',
      env: { A: '1', B_2: 'x=y' },
      args: ['--max-semi-space-size=4', join(root, 'dist/main.js'), 'slack'],
    });
  });

  it('refuses a line it would misread rather than run something else', () => {
    expect(() => readProcfileCommand(procfile('web: node "$FLAGS" dist/main.js\n'), 'web')).toThrow(/plain/);
    expect(() => readProcfileCommand(procfile('web: npm start\n'), 'web')).toThrow(/does not run node/);
    expect(() => readProcfileCommand(procfile('worker: node x.js\n'), 'web')).toThrow(/no "web:" line/);
  });
});
