import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createStore } from '../../src/app/create-store.js';
import { loadConfig } from '../../src/config/index.js';
import { memoryLogger } from '../helpers/core.js';

/** The 0.1 JSON store beside SOCKERR_STORE_PATH (state.json) that cannot be read. */
describe('a state.json beside the store that cannot be read', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sockerr-state-json-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const config = loadConfig({ SOCKERR_STORE_PATH: join(dir, 'sockerr.db') });

  it('is said once in the log and start-up goes on; fixed, it is imported at the next start', async () => {
    mkdirSync(join(dir, 'state.json'));
    const logger = memoryLogger();
    const store = await createStore(config, logger);
    expect(await store.getSettings('C0LEGACY')).toBeUndefined();
    await store.close();
    const warned = logger.lines.filter((l) => l.includes('"level":"warn"') && l.includes('state.json'));
    expect(warned).toHaveLength(1);
    expect(warned[0]).toContain('cannot be read, so it was not imported');
    expect(warned[0]).toContain('EISDIR');

    rmSync(join(dir, 'state.json'), { recursive: true });
    writeFileSync(join(dir, 'state.json'), JSON.stringify({ settings: { C0LEGACY: { autoReply: false } } }));
    const again = await createStore(config, memoryLogger());
    expect(await again.getSettings('C0LEGACY')).toMatchObject({ autoReply: false });
    await again.close();
  });
});
