import type { MessageMention } from './message-mention.js';

/** Markup around a title on its line (`# `, `> `, `**`, quotes, brackets, a final full stop). */
const MARKUP = ' \t\r"\'`*_.:!?()[]>#';
/** What a title may add after the error it names (`Connection timed out error`). */
const TAIL_WORDS = new Set(['error', 'errors', 'issue', 'problem']);
/**
 * How far a title's markup may run, and how far after the title the wording it retells may start.
 * Both stay well inside the text a stream reads around a mention (text-kind.ts: 10 KiB and more on
 * either side), so a log read piece by piece drops the same mentions as read whole.
 */
const MARKUP_RUN = 80;
const WORDING_REACH = 1024;

/**
 * Skips markup from `i` in direction `step`: where it stopped (a line break, another character, or
 * just past the text's edge), or null when the markup runs on past MARKUP_RUN characters.
 */
function skipMarkup(text: string, i: number, step: 1 | -1): number | null {
  for (let n = 0; n <= MARKUP_RUN; n++, i += step) {
    const c = text[i];
    if (c === undefined || c === '\n' || !MARKUP.includes(c)) return i;
  }
  return null;
}

const isLetter = (c: string) => c.toLowerCase() !== c.toUpperCase();
const atLineEdge = (text: string, i: number) => text[i] === undefined || text[i] === '\n';

/** Is the mention the only thing on its line, but for markup and a word like `error` after it? */
function aloneOnLine(text: string, m: MessageMention): boolean {
  const before = skipMarkup(text, m.start - 1, -1);
  if (before === null || !atLineEdge(text, before)) return false;
  let after = skipMarkup(text, m.end, 1);
  let word = '';
  while (after !== null && text[after] !== undefined && isLetter(text[after] as string)) {
    word += text[after];
    after++;
  }
  if (word !== '') {
    if (!TAIL_WORDS.has(word.toLowerCase())) return false;
    after = skipMarkup(text, after as number, 1);
  }
  return after !== null && atLineEdge(text, after);
}

/**
 * Drops a message that stands alone on its line (an issue's title, a heading) when an application's
 * own wording just after it begins with the same words. People title a thread with the first words
 * of what they got: `Connection timed out` over libcurl's `cURL error 28: Connection timed out after
 * 10001 milliseconds`, its own connect deadline and no OS error. The title is that wording retold.
 * A message with more on its line (`ssh: … port 22: Connection timed out`) is a printed error and
 * stays, and so does a title no wording near after it begins with.
 */
export function dropRetoldHeads(text: string, kept: MessageMention[]): MessageMention[] {
  const wordings = kept.filter((m) => m.variant === 'not-error');
  if (wordings.length === 0) return kept;
  const dropped = new Set<MessageMention>();
  let next = 0; // the first wording that starts at or after the mention (both are sorted by start)
  for (const m of kept) {
    if (m.ids.length === 0) continue;
    while (next < wordings.length && (wordings[next] as MessageMention).start < m.end) next++;
    let said: string | undefined;
    for (let j = next; j < wordings.length; j++) {
      const w = wordings[j] as MessageMention;
      if (w.start - m.end > WORDING_REACH) break;
      said ??= text.slice(m.start, m.end).toLowerCase();
      const retells =
        w.end - w.start > said.length && text.slice(w.start, w.end).toLowerCase().startsWith(said);
      if (retells && aloneOnLine(text, m)) {
        dropped.add(m);
        break;
      }
    }
  }
  return dropped.size === 0 ? kept : kept.filter((m) => !dropped.has(m));
}
