import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createSqliteStore } from '../../../../src/infra/store/sqlite/sqlite-store.js';
import { memoryLogger } from '../../../helpers/core.js';

const root = mkdtempSync(join(tmpdir(), 'sockerr-import-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A state file as sockerr 0.1 wrote it (`createFileStore`), with a hand-edited bad entry. */
const LEGACY = `${JSON.stringify(
  {
    settings: {
      'slack:T1:C1': { autoReply: false },
      'discord:G1:C2': { lang: 'zh-TW' },
      bad: { lang: 'fr' },
    },
    seen: { 'slack:T1:C1': { '10054': 3, '10061': 1 }, 'discord:G1:C2': { EPIPE: -2 } },
  },
  null,
  2,
)}\n`;

const counts = async (store: ReturnType<typeof createSqliteStore>, scope: string) =>
  Object.fromEntries((await store.tallySeen(scope, 24)).current.map((c) => [c.id, c.count]));

describe('importing the JSON store of sockerr 0.1', () => {
  it('imports a state.json beside the database once, and keeps the file as it was', async () => {
    const dir = join(root, 'beside', '.sockerr');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'state.json'), LEGACY);
    const logger = memoryLogger();
    const first = createSqliteStore({ path: join(dir, 'sockerr.db'), logger });
    expect(await first.getSettings('slack:T1:C1')).toEqual({ autoReply: false });
    expect(await first.getSettings('discord:G1:C2')).toEqual({ lang: 'zh-TW' });
    expect(await first.getSettings('bad')).toBeUndefined();
    expect(await counts(first, 'slack:T1:C1')).toEqual({ '10054': 3, '10061': 1 });
    expect(logger.lines.join('\n')).toContain('imported the JSON store');
    await first.updateSettings('slack:T1:C1', { autoReply: true });
    await first.close();
    expect(readFileSync(join(dir, 'state.json'), 'utf8')).toBe(LEGACY);

    const second = createSqliteStore({ path: join(dir, 'sockerr.db'), logger: memoryLogger() });
    expect(await second.getSettings('slack:T1:C1')).toEqual({ autoReply: true });
    expect(await counts(second, 'slack:T1:C1')).toEqual({ '10054': 3, '10061': 1 });
    await second.close();
  });

  it('moves a JSON store found at the database path aside, then imports it', async () => {
    const path = join(root, 'at-path', 'state.json');
    mkdirSync(join(root, 'at-path'));
    writeFileSync(path, LEGACY);
    const store = createSqliteStore({ path, logger: memoryLogger() });
    expect(await store.getSettings('slack:T1:C1')).toEqual({ autoReply: false });
    await store.close();
    expect(readFileSync(`${path}.json-backup`, 'utf8')).toBe(LEGACY);
    expect(readFileSync(path).subarray(0, 15).toString()).toBe('SQLite format 3');
  });

  it('imports the settings but not counts older than the retention period', async () => {
    const dir = join(root, 'old');
    mkdirSync(dir);
    writeFileSync(join(dir, 'state.json'), LEGACY);
    const longAgo = new Date(Date.now() - 90 * 24 * 3_600_000);
    utimesSync(join(dir, 'state.json'), longAgo, longAgo);
    const logger = memoryLogger();
    const store = createSqliteStore({ path: join(dir, 'sockerr.db'), logger });
    expect(await store.getSettings('slack:T1:C1')).toEqual({ autoReply: false });
    expect((await store.tallySeen('slack:T1:C1', 30 * 24)).current).toEqual([]);
    expect(logger.lines.join('\n')).toContain('older than the retention period');
    await store.close();
  });

  it('leaves an unreadable state.json alone and says so', async () => {
    const dir = join(root, 'unreadable');
    mkdirSync(dir);
    writeFileSync(join(dir, 'state.json'), '{ broken');
    const logger = memoryLogger();
    const store = createSqliteStore({ path: join(dir, 'sockerr.db'), logger });
    await store.close();
    expect(readFileSync(join(dir, 'state.json'), 'utf8')).toBe('{ broken');
    expect(existsSync(join(dir, 'sockerr.db'))).toBe(true);
    expect(logger.lines.join('\n')).toContain('not a sockerr state file');
  });
});
