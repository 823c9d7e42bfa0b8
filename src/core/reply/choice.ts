import type { Locale } from '../catalog/index.js';
import { labelEntry, titleOf } from '../catalog/index.js';
import type { Translate } from '../i18n/index.js';
import type { Lookup, LookupMatch } from '../lookup/index.js';
import { describeReading } from './explain.js';
import { makeReply } from './make-reply.js';
import type { Reply } from './model.js';

/** What a choice is built from. */
interface ChoiceDeps {
  t: Translate;
  lookup: Lookup;
}

/**
 * A number or symbol that names several errors, or one word that many errors' texts hold: a short choice, one line per error with how the
 * query reads as it and the command that opens that error's own explanation (never the query again).
 */
export function choiceReply(
  deps: ChoiceDeps,
  query: string,
  by: 'number' | 'symbol' | 'words',
  matches: readonly LookupMatch[],
  locale: Locale,
): Reply {
  const { t } = deps;
  return makeReply({
    kind: 'candidates',
    locale,
    title: t(locale, `choice.title.${by}`, { query, count: matches.length }),
    sections: [
      {
        text: t(locale, `choice.intro.${by}`),
        items: matches.map((m) =>
          // A word fits each error the same way: the line says which error, not how it reads.
          t(locale, by === 'words' ? 'choice.lineWords' : 'choice.line', {
            reading: m.readings.map((r) => describeReading(r, locale, t)).join(t(locale, 'list.separator')),
            label: labelEntry(m.entry),
            title: titleOf(m.entry),
            command: deps.lookup.commandLine(m.entry),
          }),
        ),
      },
    ],
    shortenedNote: t(locale, 'reply.shortened'),
  });
}
