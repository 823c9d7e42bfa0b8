import { createKeywordAutomaton } from './keywords/automaton.js';
import { findKeywordStart } from './keywords/match.js';
import type { MessageInfo } from './message-table.js';
import { countCjk } from './text.js';

/** What an anchor keyword stands for: a part of a loose message, `offset` characters into it. */
export interface LooseAnchor {
  kind: 'anchor';
  text: string;
  info: MessageInfo;
  offset: number;
}

/** Long texts are only known to the automaton by this many characters; the rest is compared. */
export const MAX_KEY = 40;

/** Anchors of a loose message: parts that must match exactly for the rest to be aligned. */
const anchorLength = (text: string) => (2 * countCjk(text) >= text.length ? 6 : 16);

/**
 * A loose message's anchors besides its prefix: its tail, and its middle when that ends after
 * the prefix key (so an exact match, found first, makes it unnecessary). Trimmed of spaces.
 */
function anchors(text: string): { offset: number; key: string }[] {
  const length = anchorLength(text);
  const tail = text.length - length;
  const middle = Math.max(MAX_KEY - length + 1, Math.floor((text.length - length) / 2));
  return (middle + length <= tail ? [middle, tail] : [tail])
    .filter((o) => o > 0)
    .map((o) => {
      const raw = text.slice(o, o + length);
      const lead = raw.length - raw.trimStart().length;
      return { offset: o + lead, key: raw.trim() };
    });
}

/**
 * The anchors of every loose message, but none that occurs in another error's message: such an
 * anchor would send every mention of that error to the aligner for nothing.
 */
export function distinctAnchors(
  messages: ReadonlyMap<string, MessageInfo>,
): { key: string; payload: LooseAnchor }[] {
  const all = [...messages].flatMap(([text, info]) =>
    info.loose
      ? anchors(text).map(({ offset, key }) => ({
          key,
          payload: { kind: 'anchor', text, info, offset } as const,
        }))
      : [],
  );
  const finder = createKeywordAutomaton(all.map((a) => a.key));
  const shared = new Set<number>();
  for (const [text, info] of messages)
    finder.scan(text, (i, end) => {
      const a = all[i] as (typeof all)[number];
      if (a.payload.info.ids[0] !== info.ids[0] && findKeywordStart(text, a.key, end) >= 0) shared.add(i);
    });
  return all.filter((_, i) => !shared.has(i));
}
