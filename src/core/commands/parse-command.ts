import type { Locale } from '../catalog/index.js';
import { normalizeLocale } from '../i18n/index.js';
import { MAX_QUERY_LENGTH } from '../lookup/index.js';
import type { AutoMode } from '../view-types.js';

/** What `/sockerr <text>` asks for. */
export type Command =
  | { kind: 'help' }
  /** `value` is null when the argument was not understood. */
  | { kind: 'auto'; value: AutoMode | null }
  | { kind: 'lang'; value: Locale | null }
  | { kind: 'status' }
  /** `hours` is null when the period was not understood. */
  | { kind: 'top'; hours: number | null }
  /** A code, a name, words, a log line or a whole pasted trace: look-up decides. */
  | { kind: 'lookup'; query: string };

/** `/sockerr top [24h|7d|30d]`: the periods, in hours; no period means the last 24 hours. */
const TOP_PERIODS: Readonly<Record<string, number>> = {
  '': 24,
  '24h': 24,
  '1d': 24,
  '7d': 7 * 24,
  '1w': 7 * 24,
  '30d': 30 * 24,
  '24小時': 24,
  '1天': 24,
  '7天': 7 * 24,
  '30天': 30 * 24,
};

const ON = new Set(['on', 'yes', 'true', 'enable', 'enabled', '開', '開啟']);
const OFF = new Set(['off', 'no', 'false', 'disable', 'disabled', '關', '關閉']);
const MENTION = new Set(['mention', 'mentions', 'mentioned', '提及', '僅提及']);

/** Parses the text after `/sockerr`. Never throws. */
export function parseCommand(raw: string): Command {
  const text = typeof raw === 'string' ? raw.trim() : '';
  if (text === '' || /^(help|-h|--help|\?|說明)$/i.test(text)) return { kind: 'help' };
  // A paste is never a settings command, whatever its first word.
  if (text.includes('\n') || text.length > MAX_QUERY_LENGTH) return { kind: 'lookup', query: text };
  const [word = '', ...rest] = text.split(/\s+/);
  const arg = rest.join(' ').toLowerCase();
  switch (word.toLowerCase()) {
    case 'auto':
      return {
        kind: 'auto',
        value: ON.has(arg) ? 'on' : OFF.has(arg) ? 'off' : MENTION.has(arg) ? 'mention' : null,
      };
    case 'lang':
    case 'language':
      return { kind: 'lang', value: normalizeLocale(arg) ?? null };
    case 'status':
    case 'settings':
      if (rest.length === 0) return { kind: 'status' };
      break;
    case 'top':
      return { kind: 'top', hours: TOP_PERIODS[arg.normalize('NFKC').replace(/\s+/g, '')] ?? null };
  }
  return { kind: 'lookup', query: text };
}

/**
 * Whether `/sockerr <text>` changes something (a channel's settings): the only commands a replay
 * of the same signed request could repeat with an effect. Every other command only answers the
 * one who sent it, so its replay is answered again, as its first delivery was, and no claim is
 * written to the store for it (that write and its commit were about a tenth of a look-up's CPU).
 */
export function changesSettings(text: string): boolean {
  const { kind } = parseCommand(text);
  return kind === 'auto' || kind === 'lang';
}
