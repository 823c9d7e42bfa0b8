import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Logger, Settings, Store } from '../../core/index.js';
import { createMemoryStore, type StoreState } from './memory-store.js';

export interface FileStoreOptions {
  /** JSON file holding settings and counts; created on first write. */
  path: string;
  logger: Logger;
  /** How long to gather changes before writing, so a burst of messages is one write. */
  flushDelayMs?: number;
}

/**
 * The embedded default store: the memory store, with settings and counts saved to a JSON
 * file (written to a temporary file and renamed, so a crash never leaves half a file).
 * Dedupe and cooldown claims stay in memory: they only matter for minutes.
 */
export function createFileStore(options: FileStoreOptions): Store {
  const { path, logger } = options;
  const flushDelayMs = options.flushDelayMs ?? 500;
  let timer: NodeJS.Timeout | undefined;
  let pending: StoreState | undefined;

  const flush = () => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    if (!pending) return;
    const state = pending;
    pending = undefined;
    try {
      mkdirSync(dirname(path), { recursive: true });
      const tmp = `${path}.${process.pid}.tmp`;
      writeFileSync(tmp, `${JSON.stringify(state, null, 2)}\n`);
      renameSync(tmp, path);
    } catch (error) {
      logger.error('could not save the store; settings stay in memory until the next try', { path, error });
    }
  };

  const memory = createMemoryStore({
    initial: readState(path, logger),
    onChange: (state) => {
      pending = state;
      timer ??= setTimeout(flush, flushDelayMs);
      timer.unref?.();
    },
  });
  return {
    ...memory,
    async close() {
      flush();
    },
  };
}

function readState(path: string, logger: Logger): StoreState {
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch {
    return { settings: {}, seen: {} };
  }
  try {
    const parsed = JSON.parse(raw) as Partial<StoreState>;
    if (typeof parsed !== 'object' || parsed === null) throw new Error('not an object');
    return { settings: readSettings(parsed.settings), seen: readCounts(parsed.seen) };
  } catch (error) {
    const aside = `${path}.broken-${Date.now()}`;
    try {
      renameSync(path, aside);
    } catch {}
    logger.warn('the store file was unreadable; it was set aside and sockerr starts with defaults', {
      path,
      aside,
      error,
    });
    return { settings: {}, seen: {} };
  }
}

function objectOr(value: unknown): Record<string, unknown> {
  return value && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

/** Keeps only well-formed settings, so a hand-edited file cannot break a channel. */
function readSettings(value: unknown): StoreState['settings'] {
  const out: StoreState['settings'] = {};
  for (const [key, raw] of Object.entries(objectOr(value))) {
    const o = objectOr(raw);
    const settings: Settings = {};
    if (typeof o.autoReply === 'boolean') settings.autoReply = o.autoReply;
    if (o.lang === 'en' || o.lang === 'zh-TW') settings.lang = o.lang;
    out[key] = settings;
  }
  return out;
}

/** Keeps only finite, non-negative counts. */
function readCounts(value: unknown): StoreState['seen'] {
  const out: StoreState['seen'] = {};
  for (const [scope, raw] of Object.entries(objectOr(value))) {
    const counts: Record<string, number> = {};
    for (const [id, n] of Object.entries(objectOr(raw))) {
      if (typeof n === 'number' && Number.isFinite(n) && n >= 0) counts[id] = n;
    }
    out[scope] = counts;
  }
  return out;
}
