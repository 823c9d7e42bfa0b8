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
 * the prefix key (so an exact match, found first, makes it unnecessary). Trimmed of spaces. A
 * translation is known by a prefix of only MAX_KEY_LOCALIZED characters, which overlaps the tail of
 * a short one: a console's wrap (a line break or a space) where they overlap broke both, and
 * `無法連線，因為目標電\n腦拒絕連線。` was read as nothing. Its head is an anchor too, so any one
 * break leaves one whole.
 */
function anchors(text: string, localized: boolean): { offset: number; key: string }[] {
  const length = anchorLength(text);
  const tail = text.length - length;
  const middle = Math.max(MAX_KEY - length + 1, Math.floor((text.length - length) / 2));
  const head = localized && tail >= length ? [0] : [];
  return (middle + length <= tail ? [middle, tail] : [tail])
    .filter((o) => o > 0)
    .concat(head)
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
  // The English message texts in one string (they are normalized, so the anchors compare as they
  // are): English logs are where a shared anchor would cost. The automaton's own scan is not used
  // here: a second kind of callback would slow detection.
  const entries = [...messages].filter(([, info]) => !info.localized);
  const starts: number[] = [];
  let all = '';
  for (const [text] of entries) {
    starts.push(all.length);
    all += `${text}\u0000`;
  }
  const ownerAt = (at: number) => {
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((starts[mid] as number) <= at) lo = mid + 1;
      else hi = mid;
    }
    return (entries[lo - 1] as [string, MessageInfo])[1].ids[0];
  };
  const inAnother = (key: string, id: string | undefined) => {
    for (let at = all.indexOf(key); at >= 0; at = all.indexOf(key, at + 1))
      if (ownerAt(at) !== id) return true;
    return false;
  };
  return [...messages].flatMap(([text, info]) =>
    info.loose
      ? anchors(text, info.localized)
          .filter(({ key }) => info.localized || !inAnother(key, info.ids[0]))
          .map(({ offset, key }) => ({ key, payload: { kind: 'anchor', text, info, offset } as const }))
      : [],
  );
}
