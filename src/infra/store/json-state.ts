import type { Settings } from '../../core/index.js';

/** What the JSON store of sockerr 0.1 (`.sockerr/state.json`) held: settings and all-time counts. */
export interface JsonState {
  settings: Record<string, Settings>;
  seen: Record<string, Record<string, number>>;
}

/**
 * Reads a 0.1 state file's text, keeping only well-formed settings and finite, non-negative
 * counts (it may have been edited by hand). Returns null when the text is not such a file.
 */
export function parseJsonState(text: string): JsonState | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return null;
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return null;
  const { settings, seen } = parsed as Record<string, unknown>;
  if (settings === undefined && seen === undefined) return null;
  return { settings: readSettings(settings), seen: readCounts(seen) };
}

function objectOr(value: unknown): Record<string, unknown> {
  return value && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

function readSettings(value: unknown): JsonState['settings'] {
  const out: JsonState['settings'] = {};
  for (const [key, raw] of Object.entries(objectOr(value))) {
    const o = objectOr(raw);
    const settings: Settings = {};
    if (typeof o.autoReply === 'boolean') settings.autoReply = o.autoReply;
    if (o.lang === 'en' || o.lang === 'zh-TW') settings.lang = o.lang;
    if (Object.keys(settings).length > 0) out[key] = settings;
  }
  return out;
}

function readCounts(value: unknown): JsonState['seen'] {
  const out: JsonState['seen'] = {};
  for (const [scope, raw] of Object.entries(objectOr(value))) {
    const counts: Record<string, number> = {};
    for (const [id, n] of Object.entries(objectOr(raw))) {
      if (typeof n === 'number' && Number.isSafeInteger(n) && n > 0) counts[id] = n;
    }
    if (Object.keys(counts).length > 0) out[scope] = counts;
  }
  return out;
}
