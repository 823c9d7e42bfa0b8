import { EventEmitter } from 'node:events';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { logProcessWarnings } from '../../src/app/log-process-warnings.js';
import { createLogger } from '../../src/infra/logging/index.js';
import { type SpawnedSockerr, spawnSockerr } from '../helpers/spawn-sockerr.js';

describe('a Node.js process warning', () => {
  let app: SpawnedSockerr | undefined;
  let dir: string | undefined;
  afterEach(() => {
    app?.cleanUp();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('is one JSON log line, not Node’s plain text that a log collector cannot parse', async () => {
    dir = mkdtempSync(join(tmpdir(), 'sockerr-warning-'));
    const preload = join(dir, 'warn-later.mjs');
    // Once sockerr runs: 11 listeners on one AbortSignal, as in-flight calls waiting out a backoff add.
    writeFileSync(
      preload,
      `setTimeout(() => { const c = new AbortController(); for (let i = 0; i < 11; i++) c.signal.addEventListener('abort', () => {}); }, 1500).unref();\n`,
    );
    app = spawnSockerr({ LOG_FORMAT: 'json', NODE_OPTIONS: `--import ${preload}` });
    await app.waitFor('stderr', /MaxListenersExceededWarning[\s\S]*\n/, 'the warning');
    expect(await app.endInput()).toBe(0);
    const lines = app.stderr().split('\n').filter(Boolean);
    for (const line of lines) expect(() => JSON.parse(line), line).not.toThrow();
    const warning = lines.map((l) => JSON.parse(l)).find((l) => /MaxListeners/.test(l.msg));
    expect(warning).toMatchObject({
      level: 'warn',
      msg: expect.stringContaining('MaxListenersExceededWarning'),
      warning: { stack: expect.stringContaining('addEventListener') },
    });
  }, 30_000);

  it('goes to the logger instead of the printer Node installed, with its secrets hidden', () => {
    const proc = new EventEmitter();
    const printed: unknown[] = [];
    proc.on('warning', (w) => printed.push(w)); // what Node installs at start
    const lines: string[] = [];
    logProcessWarnings(createLogger({ secrets: ['s3cr3t-value'], write: (l) => lines.push(l) }), proc);
    proc.emit(
      'warning',
      Object.assign(new Error('a deprecated call with s3cr3t-value'), { name: 'Warning' }),
    );
    expect(printed).toEqual([]);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('Node.js warning: Warning: a deprecated call with [redacted]');
    expect(lines[0]).not.toContain('s3cr3t-value');
  });
});
