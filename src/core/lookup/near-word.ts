/** Edits a typed word of this many characters may hold: none in four letters, two from nine on. */
const editsAllowed = (length: number) => Math.min(2, Math.floor((length - 1) / 4));

/** Edit distance of `a` and `b`, or `limit + 1` once it is certainly over `limit`. */
function distanceWithin(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(
        (previous[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (previous[j - 1] as number) + cost,
      );
      row.push(value);
      best = Math.min(best, value);
    }
    if (best > limit) return limit + 1;
    previous = row;
  }
  return previous[b.length] as number;
}

/** The words of a text, lower-cased, with hyphenated words also joined (`keep-alive`, `keepalive`). */
function wordsOf(text: string): string[] {
  const lower = text.toLowerCase();
  return [
    ...lower.split(/[^\p{L}\p{N}_]+/u),
    ...lower.split(/[^\p{L}\p{N}_-]+/u).map((w) => w.replaceAll('-', '')),
  ];
}

/**
 * Does any of `texts` hold `word` as a word, or with a typo or two (`timout`, `conection`)? Fuse
 * scores a word against long texts by its best partial alignment, so `proxy` came out close to
 * `protocol` and `slow` to `flow`: a one-word query is held to whole words.
 */
export function hasNearWord(word: string, texts: readonly string[]): boolean {
  const wanted = word.toLowerCase();
  const limit = editsAllowed(wanted.length);
  return texts.some((text) =>
    wordsOf(text).some((w) => distanceWithin(wanted, w, limit) <= limit || shareStem(wanted, w)),
  );
}

/** A stem of this many letters or more makes two words one (`exhausted`, `exhaustion`). */
const STEM = 5;

/**
 * Are `a` and `b` forms of one word: a common start of five letters or more, each at most three
 * letters longer (`blocked` and `blocking`, `refused` and `refusal`, `socket` and `sockets`)? Typos
 * are `distanceWithin`'s; endings are this.
 */
function shareStem(a: string, b: string): boolean {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i >= STEM && a.length - i <= 3 && b.length - i <= 3;
}

/** Words of four letters or more: shorter ones (`in`, `by`, `was`) say little and fit anything. */
const MEANINGFUL = 4;

/**
 * Does a meaningful word of `query` stand in `texts` (as `hasNearWord` finds it)? One is enough:
 * people add words an error's texts never hold (`broken pipe error`, `getting connection reset`).
 * What this drops is Fuse's match of a part of a word, such as `proxy` in `protocol`.
 */
export function hasNearWords(query: string, texts: readonly string[]): boolean {
  const words = query
    .split(/[^\p{L}\p{N}_-]+/u)
    .map((w) => w.replaceAll('-', ''))
    .filter((w) => w.length >= MEANINGFUL);
  return words.length === 0 || words.some((w) => hasNearWord(w, texts));
}
