import type * as fs from 'node:fs';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { createStore } from '../../src/app/create-store.js';
import { loadConfig } from '../../src/config/index.js';
import { StoreStartupError } from '../../src/infra/store/index.js';
import { memoryLogger } from '../helpers/core.js';

// Tests may run as root, who can read any file: the file is made unreadable to Node's fs here.
vi.mock('node:fs', async (importOriginal) => {
  const real = await importOriginal<typeof fs>();
  const openSync: typeof real.openSync = (path, ...rest) => {
    if (String(path).endsWith('unreadable.db')) {
      throw Object.assign(new Error(`EACCES: permission denied, open '${String(path)}'`), { code: 'EACCES' });
    }
    return real.openSync(path, ...rest);
  };
  return { ...real, default: { ...real, openSync }, openSync };
});

describe('a file at SOCKERR_STORE_PATH that sockerr may not read', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sockerr-unreadable-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('stops start-up with the store message naming the file and SOCKERR_STORE_PATH, not a bare EACCES', async () => {
    const path = join(dir, 'unreadable.db');
    writeFileSync(path, 'kept by another program\n');
    const error = await createStore(loadConfig({ SOCKERR_STORE_PATH: path }), memoryLogger()).then(
      async (store) => {
        await store.close();
        return new Error('started');
      },
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(StoreStartupError);
    expect((error as Error).message).toContain(path);
    expect((error as Error).message).toContain('SOCKERR_STORE_PATH');
  });
});
