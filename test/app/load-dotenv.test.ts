import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadDotenv } from '../../src/app/load-dotenv.js';
import { ConfigError } from '../../src/config/index.js';
import { type SpawnedSockerr, spawnSockerr } from '../helpers/spawn-sockerr.js';

const LINES = 'SOCKERR_LANG=zh-TW\r\nLOG_LEVEL=warn\r\n';

describe('a .env file', () => {
  let dir = '';
  let app: SpawnedSockerr | undefined;
  afterEach(() => {
    app?.cleanUp();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });
  const write = (bytes: Buffer) => {
    dir = mkdtempSync(join(tmpdir(), 'sockerr-dotenv-'));
    const path = join(dir, '.env');
    writeFileSync(path, bytes);
    return path;
  };
  const utf16le = () => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(LINES, 'utf16le')]);

  it('is loaded as dotenv loads it: UTF-8 with or without a byte-order mark, the environment winning', () => {
    const path = write(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(LINES)]));
    const env: Record<string, string | undefined> = { DOTENV_CONFIG_PATH: path, LOG_LEVEL: 'error' };
    loadDotenv(env);
    expect(env).toMatchObject({ SOCKERR_LANG: 'zh-TW', LOG_LEVEL: 'error' });
  });

  it('saved as UTF-16, as Windows PowerShell writes it, stops start-up naming it, instead of reading as empty', () => {
    const path = write(utf16le());
    const env: Record<string, string | undefined> = { DOTENV_CONFIG_PATH: path };
    expect(() => loadDotenv(env)).toThrow(ConfigError);
    expect(() => loadDotenv(env)).toThrow(`${path} is saved as UTF-16`);
    const bigEndian = write(Buffer.from(LINES, 'utf16le').swap16());
    expect(() => loadDotenv({ DOTENV_CONFIG_PATH: bigEndian })).toThrow(/is saved as UTF-16/);
  });

  it('that is absent loads nothing and stops nothing', () => {
    const env: Record<string, string | undefined> = { DOTENV_CONFIG_PATH: '/nonexistent/.env' };
    loadDotenv(env);
    expect(Object.keys(env)).toEqual(['DOTENV_CONFIG_PATH']);
  });

  it('saved as UTF-16 makes sockerr exit 1 saying so, not start the shell without its settings', async () => {
    const path = write(utf16le());
    app = spawnSockerr({ DOTENV_CONFIG_PATH: path });
    expect(await app.exited).toBe(1);
    expect(app.stderr()).toContain(`${path} is saved as UTF-16`);
  }, 30_000);
});
