import { alignPrefix, normalizeStretch } from './align.js';
import { foldCode, isCjkCode } from './keywords/match.js';
import { endsInWrap } from './wrap-break.js';

/**
 * Loose matching of a long message: the text around an exactly matched anchor (a part of the
 * message) is aligned with the whole message by a banded edit distance (align.ts), so a retyped
 * letter, a dropped word, mojibake, a message cut short (a truncated title, a log line cut at its
 * end) or quoted from inside is still recognised. The work is bounded by the message's length times
 * the band: linear overall.
 */

/** A long message that may be matched loosely. */
export interface LooseTarget {
  /** The message as the scanner sees it (normalized). */
  key: string;
  /** A text cut short must keep at least this much of the message to name it alone. */
  uniqueFrom: number;
  /** A text that starts inside the message must keep at least this much of its end. */
  uniqueBack: number;
}

/** Where a loosely matched message lies in the text. */
export interface LooseMatch {
  start: number;
  end: number;
  /**
   * The text holds the whole message (neither end cut short) or most of it, with at most a few
   * slips: either names its error as surely as an exact match.
   */
  sure: boolean;
}

/** The messages' character codes (a few hundred texts), read once each. */
const codes = new Map<string, { key: number[]; cjk: number }>();
function codesOf(text: string): { key: number[]; cjk: number } {
  let found = codes.get(text);
  if (!found) {
    const key = Array.from(text, (ch) => ch.charCodeAt(0));
    found = { key, cjk: key.filter(isCjkCode).length };
    codes.set(text, found);
  }
  return found;
}

/** How far to look for where a cut-short text stops (spaces before a quote or line break). */
const CUT_LOOKAHEAD = 16;

/** Does the text stop at `at`: its end, a line break no wrap made, a closing quote or parenthesis, an ellipsis? */
function isCut(text: string, at: number): boolean {
  let i = at;
  while (i < text.length && i - at < CUT_LOOKAHEAD && (text[i] === ' ' || text[i] === '\t')) i++;
  if (i >= text.length) return true;
  const c = text[i] as string;
  // A line a wrap broke goes on under it: the text is not cut there.
  if (c === '\n' || c === '\r') return !endsInWrap(text, c === '\r' ? i + 1 : i);
  // Japanese and Chinese close a quote with 」 or 』 (the opening ones are in isCutBefore).
  return '"\'`)…”」』'.includes(c) || text.startsWith('...', i);
}

/**
 * Does the text start at `at`: its start, a line break no wrap made, an opening quote or parenthesis, a colon,
 * an ellipsis (`Error: because the target machine actively refused it`, a quote of a message's end)?
 */
function isCutBefore(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && at - i <= CUT_LOOKAHEAD && (text[i] === ' ' || text[i] === '\t')) i--;
  if (i < 0) return true;
  const c = text[i] as string;
  if (c === '\n') return !endsInWrap(text, i);
  return '\r"\'`(“「『:：…'.includes(c) || (i >= 2 && text.startsWith('...', i - 2));
}

/**
 * How much of a message a text cut short must keep (characters of the normalized message): a third
 * of it, as GitHub titles and log columns cut the long Windows texts (dev c3-168 keeps 35 % of
 * 10060), and never less than what names it alone or than a generic phrase could say.
 */
const minimumUsed = (length: number, cjk: number, target: LooseTarget) =>
  Math.max(target.uniqueFrom, Math.ceil(length / 3), 2 * cjk >= length ? 12 : 32);
/**
 * A text cut short that still keeps two thirds of a long message, and at least 60 characters (16 in
 * CJK text), is no phrase of prose: GitHub's title limit cuts the long Windows texts near their end
 * (dev own-b-157, c3-172, c95-018), and what is left names the error as surely as the whole.
 */
const keepsMost = (kept: number, length: number, cjk: number) =>
  kept * 3 >= length * 2 && kept >= (2 * cjk >= length ? 16 : 60);
/** The same for a text that starts inside the message (`target machine actively refused it`). */
const minimumBack = (length: number, cjk: number, target: LooseTarget) =>
  Math.max(target.uniqueBack, Math.ceil(length / 3), 2 * cjk >= length ? 12 : 32);

/**
 * A cheap test before aligning: with no character beyond ASCII in `text[from, to)` (no U+FFFD
 * either), every such character of `key[offset, covered)`, which any alignment covers, is an edit. Logs
 * are ASCII and translations are not: an English `name resolution` need not be aligned with
 * `name resolution에서 일시적인 실패`.
 */
function mayAlign(
  text: string,
  from: number,
  to: number,
  key: readonly number[],
  offset: number,
  covered: number,
  budget: number,
): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) >= 128) return true;
  let edits = 0;
  for (let j = offset; j < covered; j++) if ((key[j] as number) >= 128 && ++edits > budget) return false;
  return true;
}

/** A separator as the scanner folds one: whitespace and soft punctuation (`,` `:`). */
const isSeparator = (code: number) => foldCode(code) === 32;

/**
 * Matches `target` loosely around an anchor: `target.key` from `offset` on matched exactly at
 * `anchorStart`. Edits allowed: one per 20 characters (one per 8 for CJK text), at most 6.
 * A CJK message's alignment starts and ends on its own characters (alignPrefix's `ownEdge`):
 * `リクエストがタイムアウトしました` is another sentence than `接続がタイムアウトしました`.
 */
export function matchLoose(
  text: string,
  target: LooseTarget,
  offset: number,
  anchorStart: number,
): LooseMatch | null {
  const { key, cjk } = codesOf(target.key);
  const cjkKey = 2 * cjk >= key.length;
  const budget = Math.min(6, 1 + Math.floor(key.length / (cjkKey ? 8 : 20)));
  let start = anchorStart;
  let cost = 0;
  // Characters of the message's start the text lacks (it starts inside the message).
  let dropped = 0;
  if (offset > 0) {
    const from = Math.max(0, anchorStart - 2 * (offset + budget) - 16);
    const before = normalizeStretch(text, from, anchorStart);
    const startAt = (j: number) => (j > 0 ? (before.at[before.codes.length - j] as number) : anchorStart);
    const cutBefore = (j: number) => isCutBefore(text, startAt(j));
    const left = alignPrefix(
      key.slice(0, offset).reverse(),
      before.codes.slice().reverse(),
      budget,
      cutBefore,
      cjkKey,
    );
    if (!left) return null;
    dropped = offset - left.used;
    if (dropped > 0 && key.length - dropped < minimumBack(key.length, cjk, target)) return null;
    cost = left.cost;
    start = startAt(left.end);
  }
  const to = Math.min(text.length, anchorStart + 2 * (key.length - offset + budget) + 16);
  // Any alignment covers the key up to `covered` (a text cut short keeps at least that much).
  const covered = dropped > 0 ? key.length : Math.min(key.length, minimumUsed(key.length, cjk, target));
  if (!mayAlign(text, anchorStart, to, key, offset, covered, budget - cost)) return null;
  const after = normalizeStretch(text, anchorStart, to);
  // Where the text may stop, read only where the alignment asks (once per position).
  const cuts = new Int8Array(after.codes.length).fill(-1);
  const cutAfter = (j: number): boolean => {
    if (j <= 0) return false;
    if (cuts[j - 1] === -1) cuts[j - 1] = isCut(text, (after.at[j - 1] as number) + 1) ? 1 : 0;
    return cuts[j - 1] === 1;
  };
  // A text is cut at one end at most: one that starts inside the message must reach its end.
  const right = alignPrefix(
    key.slice(offset),
    after.codes,
    budget - cost,
    dropped > 0 ? null : cutAfter,
    cjkKey,
  );
  if (!right || right.end === 0) return null;
  const used = offset + right.used;
  if (used < key.length && used < minimumUsed(key.length, cjk, target)) return null;
  // A cut text may align a message's space with the line break where it stops: the match ends before it
  // (a separator as the scanner folds one: whitespace and soft punctuation).
  let end = (after.at[right.end - 1] as number) + 1;
  while (end > start + 1 && isSeparator(text.charCodeAt(end - 1))) end--;
  while (start < end - 1 && isSeparator(text.charCodeAt(start))) start++;
  return {
    start,
    end,
    sure: (dropped === 0 && used === key.length) || keepsMost(used - dropped, key.length, cjk),
  };
}
