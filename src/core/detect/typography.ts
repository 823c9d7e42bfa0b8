import { changeHead } from './change-head.js';
import { PATTERNS } from './patterns.js';

/**
 * Characters that copying puts in place of plain ones, as their plain ones: a no-break space
 * (U+00A0: Slack's and Teams' clients, web pages, Outlook) or a narrow one (U+202F: macOS and
 * French typography) for a space, typographic quotes (`’ ‘ “ ”`: word processors, macOS and iOS
 * smart punctuation, chat clients) for `'` and `"`. Chat bots strip them from what people paste
 * (StackStorm/hubot-stackstorm#214, shomali11/slacker#94, slack-ruby/slack-ruby-bot#256); the
 * detector's patterns and context checks read plain spaces and quotes, so a Winsock text with
 * no-break spaces (`[Errno 111]`, `dial tcp …: i/o timeout`) was read in part or not at all.
 * One character for one: every offset into the text stays true, and a text read piece by piece
 * is changed exactly as the whole text is.
 */

const PLAIN: Readonly<Record<string, string>> = {
  '\u00a0': ' ',
  '\u202f': ' ',
  '\u2018': "'",
  '\u2019': "'",
  '\u201c': '"',
  '\u201d': '"',
};
const CHARACTERS = Object.keys(PLAIN);

/**
 * The text with every typographic space and quote in its first `end` characters made plain (a
 * chat's or a web page's copy is a paste, not a log a program wrote: see `COPY_LIMIT`). A text with
 * none of them (nearly every text) is returned as it is after a native search for each: in a text
 * of Latin-1 characters only the search for U+00A0 reads it, the others are answered at once.
 */
export function plainTypography(text: string, end = text.length): string {
  return changeHead(text, end, (head) =>
    CHARACTERS.some((c) => head.indexOf(c) >= 0)
      ? head.replace(PATTERNS.typographic, (c) => PLAIN[c] as string)
      : head,
  );
}
