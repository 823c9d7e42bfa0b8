/**
 * The platform-neutral reply that core returns and each adapter renders (Block Kit, an embed,
 * terminal text). Strings are plain text; the only markup is `backticks` around code. Renderers
 * escape everything else for their platform, so user text can never ping anyone.
 */
import type { Locale } from '../catalog/index.js';

/** A label/value pair (Slack section field, Discord embed field). */
export interface ReplyField {
  label: string;
  value: string;
  /** Short enough to sit beside other fields. */
  inline?: boolean;
}

/** A block of the reply. A section has at least one of `text`, `items` or `fields`. */
export interface ReplySection {
  heading?: string;
  text?: string;
  /** A bulleted list. */
  items?: string[];
  fields?: ReplyField[];
}

/**
 * A button under the reply. `share` posts the same explanation for everyone in the channel;
 * `more` shows the asker the whole explanation that a brief one leaves out; `helpful` and `wrong`
 * ("Not this error") are feedback on an auto-reply.
 */
export interface ReplyAction {
  id: 'share' | 'more' | 'helpful' | 'wrong';
  label: string;
  /** Opaque to adapters: handed back to core when the button is pressed. */
  value: string;
  /**
   * For core, not adapters: what a press needs beyond `value` (the paste's hosts and ports), which
   * core keeps in its store under `key` (named in `value`) when it gives the reply out.
   */
  kept?: { key: string; value: string };
}

export const REPLY_KINDS = [
  'explanation',
  'candidates',
  'triage',
  'not-found',
  'usage',
  'settings',
  'refusal',
] as const;
export type ReplyKind = (typeof REPLY_KINDS)[number];

export interface Reply {
  kind: ReplyKind;
  /** The one language every string of the reply is in (punctuation follows it: `：` in Chinese). */
  locale?: Locale;
  title: string;
  /** One line under the title: category, retry advice. */
  subtitle?: string;
  sections: ReplySection[];
  /** A closing line: where to read more, a note that the reply was shortened. */
  footer?: string;
  actions: ReplyAction[];
  /** What a renderer appends when it had to cut this reply to fit its platform, in the reply's language. */
  shortenedNote?: string;
  /** The whole reply as plain text: notifications, screen readers, terminals. */
  fallback: string;
}
