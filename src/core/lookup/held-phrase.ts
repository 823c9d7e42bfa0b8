import type { CatalogEntry } from '../catalog/index.js';
import { commonness } from './commonness.js';
import { normalize, ownsAny, type TextDoc } from './text-docs.js';

/** A message this short or shorter is not looked for inside a line (none is, today). */
const HELD_PHRASE = 8;
const isWordCharacter = (c: string | undefined) => c !== undefined && /[a-z0-9_]/.test(c);

/** Does `line` hold `phrase` as whole words (`unbroken pipeline` holds no `broken pipe`)? */
function holdsWhole(line: string, phrase: string): boolean {
  if (phrase.length < HELD_PHRASE) return false;
  for (let at = line.indexOf(phrase); at !== -1; at = line.indexOf(phrase, at + 1)) {
    if (!isWordCharacter(line[at - 1]) && !isWordCharacter(line[at + phrase.length])) return true;
  }
  return false;
}

/**
 * The errors whose own message a line holds whole (`java.io.IOException: Broken pipe`), where
 * fuzzy matching of the whole line found nothing, or a word of it (`many`): the longest message
 * first (ENFILE's `too many open files in system`, not 10024's inside it), then the error whose
 * own text it is, then the everyday error.
 */
export function byHeldPhrase(docs: readonly TextDoc[], text: string): CatalogEntry[] {
  const line = normalize(text);
  const held: { doc: TextDoc; length: number; own: boolean }[] = [];
  for (const doc of docs) {
    const hits = doc.phrases.filter((p) => holdsWhole(line, p));
    const longest = Math.max(0, ...hits.map((p) => p.length));
    if (longest > 0) held.push({ doc, length: longest, own: ownsAny(doc, hits) });
  }
  return held
    .sort(
      (a, b) =>
        b.length - a.length ||
        Number(b.own) - Number(a.own) ||
        commonness(a.doc.entry.id) - commonness(b.doc.entry.id),
    )
    .map(({ doc }) => doc.entry);
}
