import type { FeedbackVerdict } from '../../core/index.js';
import { DISCORD_LIMITS } from './limits.js';

/** How every `custom_id` of sockerr's buttons begins (feedback here, Share in commands.ts). */
export const OWN_CUSTOM_ID_PREFIX = 'sockerr:';
const PREFIX = `${OWN_CUSTOM_ID_PREFIX}fb:`;
const VERDICTS: readonly FeedbackVerdict[] = ['helpful', 'wrong'];

/** The `custom_id` of a feedback button, or undefined when it would exceed Discord's 100 characters. */
export function encodeFeedbackId(verdict: FeedbackVerdict, value: string): string | undefined {
  const id = `${PREFIX}${verdict}:${value}`;
  return id.length <= DISCORD_LIMITS.customId ? id : undefined;
}

/** The verdict and core's value of a feedback button, or undefined for other buttons. */
export function decodeFeedbackId(customId: string): { verdict: FeedbackVerdict; value: string } | undefined {
  if (!customId.startsWith(PREFIX)) return undefined;
  const rest = customId.slice(PREFIX.length);
  const cut = rest.indexOf(':');
  const verdict = VERDICTS.find((v) => v === rest.slice(0, cut));
  const value = rest.slice(cut + 1);
  return verdict && cut > 0 && value !== '' ? { verdict, value } : undefined;
}
