import type { FeedbackEntry, Locale, Settings } from '../../../core/index.js';

/** A settings hash as settings; fields that are not ours are left out. */
export function readSettings(fields: Record<string, string>): Settings {
  const settings: Settings = {};
  if (fields.autoReply === '1' || fields.autoReply === '0') settings.autoReply = fields.autoReply === '1';
  if (fields.mentionOnly === '1' || fields.mentionOnly === '0')
    settings.mentionOnly = fields.mentionOnly === '1';
  if (fields.lang === 'en' || fields.lang === 'zh-TW') settings.lang = fields.lang as Locale;
  return settings;
}

/** A stored member as a feedback entry; one that is not ours is left out. */
export function readFeedback(member: string): FeedbackEntry[] {
  try {
    const { nonce: _, ...entry } = JSON.parse(member) as FeedbackEntry & { nonce?: string };
    const ok = typeof entry.at === 'number' && (entry.verdict === 'helpful' || entry.verdict === 'wrong');
    return ok && Array.isArray(entry.findings) ? [entry] : [];
  } catch {
    return [];
  }
}
