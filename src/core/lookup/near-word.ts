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

/** Splits at what is not a letter or digit; with `joinHyphens`, a hyphenated word is one (`keepalive`). */
function splitWords(text: string, joinHyphens: boolean): string[] {
  const lower = text.toLowerCase();
  return joinHyphens
    ? lower.split(/[^\p{L}\p{N}_-]+/u).map((w) => w.replaceAll('-', ''))
    : lower.split(/[^\p{L}\p{N}_]+/u);
}

/**
 * The words of `texts`, lower-cased, each once, a hyphenated word both split and joined (`keep-alive`:
 * `keep`, `alive`, `keepalive`). Worked out once per entry, not at every look-up.
 */
export function wordsOf(texts: readonly string[]): readonly string[] {
  const words = new Set<string>();
  for (const text of texts)
    for (const w of [...splitWords(text, false), ...splitWords(text, true)]) if (w !== '') words.add(w);
  return [...words];
}

/**
 * Is `word` one of `words` (from `wordsOf`), or one with a typo or two (`timout`, `conection`), or
 * another form of it? Fuse scores a word against long texts by its best partial alignment, so `proxy`
 * came out close to `protocol` and `slow` to `flow`: a typed word is held to whole words.
 */
export function hasNearWord(word: string, words: readonly string[]): boolean {
  const wanted = word.toLowerCase();
  const limit = editsAllowed(wanted.length);
  return words.some((w) => distanceWithin(wanted, w, limit) <= limit || shareStem(wanted, w));
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
 * Does a meaningful word of `query` stand in `words` (as `hasNearWord` finds it)? One is enough:
 * people add words an error's texts never hold (`broken pipe error`, `getting connection reset`).
 * What this drops is Fuse's match of a part of a word, such as `proxy` in `protocol`.
 */
export function hasNearWords(query: string, words: readonly string[]): boolean {
  const wanted = meaningfulWords(query);
  return wanted.length === 0 || wanted.some((w) => hasNearWord(w, words));
}

/** The words of `query` that say something: four letters or more, lower-cased. */
export function meaningfulWords(query: string): string[] {
  return splitWords(query, true).filter((w) => w.length >= MEANINGFUL);
}
