import type { Locale, Settings } from '../../../core/index.js';

/** A row of the `settings` table, as SQLite returns it. */
export interface SettingsRow {
  auto_reply: number | null;
  mention_only: number | null;
  lang: string | null;
}

/** A stored row as settings; values that are not ours (a hand-edited file) are left out. */
export function readSettings(row: SettingsRow | undefined): Settings | undefined {
  if (!row) return undefined;
  const settings: Settings = {};
  if (row.auto_reply === 0 || row.auto_reply === 1) settings.autoReply = row.auto_reply === 1;
  if (row.mention_only === 0 || row.mention_only === 1) settings.mentionOnly = row.mention_only === 1;
  if (row.lang === 'en' || row.lang === 'zh-TW') settings.lang = row.lang as Locale;
  return settings;
}
