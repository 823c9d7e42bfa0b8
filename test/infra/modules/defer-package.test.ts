import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { deferPackage } from '../../../src/infra/modules/index.js';
import { FIXTURES } from '../../helpers/paths.js';

const require = createRequire(import.meta.url);
const PARENT = join(FIXTURES, 'defer-package', 'parent.cjs');
const CHILD = join(FIXTURES, 'defer-package', 'child.cjs');
const loads = () => (globalThis as { deferPackageChildLoads?: number }).deferPackageChildLoads ?? 0;

afterEach(() => {
  delete require.cache[PARENT];
  delete require.cache[CHILD];
  (globalThis as { deferPackageChildLoads?: number }).deferPackageChildLoads = 0;
});

describe('deferPackage', () => {
  it('leaves the package unloaded while nothing reads its exports', () => {
    deferPackage('./child.cjs', PARENT);
    const parent = require(PARENT) as { make: (x: number) => { x: number } };
    expect(typeof parent.make).toBe('function');
    expect(loads()).toBe(0);
  });

  it('loads the real package once, at the first read, and answers with its exports', () => {
    deferPackage('./child.cjs', PARENT);
    const parent = require(PARENT) as { make: (x: number) => { x: number }; child: Record<string, unknown> };
    const made = parent.make(3);
    expect(loads()).toBe(1);
    const real = require(CHILD) as { Thing: new (x: number) => unknown; answer: number };
    expect(made).toBeInstanceOf(real.Thing);
    expect(made.x).toBe(3);
    expect(parent.child.answer).toBe(42);
    expect('Thing' in parent.child).toBe(true);
    expect(Object.keys(parent.child)).toEqual(['Thing', 'answer']);
    expect({ ...parent.child }).toEqual({ Thing: real.Thing, answer: 42 });
    expect(loads()).toBe(1);
  });

  it('changes nothing for a package already loaded', () => {
    const real = require(CHILD);
    deferPackage('./child.cjs', PARENT);
    expect((require(PARENT) as { child: unknown }).child).toBe(real);
    expect(loads()).toBe(1);
  });

  it('changes nothing where either package cannot be found', () => {
    expect(() => deferPackage('./no-such-child.cjs', PARENT)).not.toThrow();
    expect(() => deferPackage('./child.cjs', join(FIXTURES, 'defer-package', 'missing.cjs'))).not.toThrow();
    require(PARENT);
    expect(loads()).toBe(1);
  });

  it('lets Bolt be imported without Socket Mode and undici, which load when a Socket Mode receiver is built', () => {
    // A process of its own: this worker has loaded Bolt for other files already.
    const script = `
      import { deferPackage } from ${JSON.stringify(fileURLToPath(new URL('../../../src/infra/modules/index.ts', import.meta.url)))};
      import { createRequire } from 'node:module';
      const cache = createRequire(import.meta.url).cache;
      const loaded = (part) => Object.keys(cache).some((file) => file.includes(part));
      deferPackage('@slack/socket-mode', '@slack/bolt');
      const { SocketModeReceiver } = await import('@slack/bolt');
      const before = [loaded('/@slack/socket-mode/dist/src/SocketModeClient.js'), loaded('/undici/')];
      const receiver = new SocketModeReceiver({ appToken: 'xapp-1-A0-1-abc' });
      console.log(JSON.stringify({ before, after: [loaded('/@slack/socket-mode/dist/src/SocketModeClient.js'), loaded('/undici/')], start: typeof receiver.client.start }));
    `;
    const out = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      encoding: 'utf8',
      cwd: fileURLToPath(new URL('../../../', import.meta.url)),
    });
    expect(JSON.parse(out)).toEqual({ before: [false, false], after: [true, true], start: 'function' });
  });
});
