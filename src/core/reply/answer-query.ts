import type { Locale } from '../catalog/index.js';
import { labelEntry, titleOf } from '../catalog/index.js';
import type { Translate } from '../i18n/index.js';
import { type Lookup, type LookupResult, MAX_QUERY_LENGTH } from '../lookup/index.js';
import { describeReading, explainEntry } from './explain.js';
import { makeReply } from './make-reply.js';
import type { Reply } from './model.js';

/** What the query replies are built from. */
interface AnswerDeps {
  lookup: Lookup;
  t: Translate;
}

/** Shortens user text before it is echoed back in a title. */
function quote(query: string): string {
  const flat = query.replace(/\s+/g, ' ').trim();
  return flat.length > 80 ? `${flat.slice(0, 79)}…` : flat;
}

/**
 * The reply to a look-up: the explanation for one match, every reading of an ambiguous number,
 * or a polite "not a socket error I know" with the closest suggestions.
 */
export function answerQuery(
  ctx: AnswerDeps,
  query: string,
  locale: Locale,
  shareable: boolean,
  result: LookupResult = ctx.lookup(query),
): Reply {
  const { t } = ctx;
  switch (result.kind) {
    case 'empty':
      return usageReply(ctx, locale);
    case 'too-long':
      return makeReply({
        kind: 'not-found',
        title: t(locale, 'tooLong.title'),
        sections: [{ text: t(locale, 'tooLong.text', { max: MAX_QUERY_LENGTH }) }],
      });
    case 'exact':
    case 'text': {
      const [best, ...others] = result.matches;
      if (!best) break;
      if (result.kind === 'text' || others.length === 0) {
        const reply = explainEntry(best.entry, locale, t, { readings: best.readings, shareable });
        if (others.length === 0) return reply;
        const also = others.map((m) => `${labelEntry(m.entry)} (${titleOf(m.entry)})`).join(' · ');
        return makeReply({ ...reply, footer: `${t(locale, 'notFound.suggestions')} ${also}` });
      }
      return makeReply({
        kind: 'candidates',
        title: t(locale, 'candidates.title', { query: quote(query), count: result.matches.length }),
        sections: [
          { text: t(locale, 'candidates.intro') },
          ...result.matches.map((m) => ({
            heading: `${m.readings.map((r) => describeReading(r, locale, t)).join(' · ')} → ${labelEntry(m.entry)}`,
            text: `${titleOf(m.entry)}. ${m.entry[locale].summary}`,
          })),
        ],
        shortenedNote: t(locale, 'reply.shortened'),
        footer: t(locale, 'candidates.footer', {
          commands: result.matches.map((m) => `/sockerr ${m.entry.code ?? m.entry.name}`).join(' · '),
        }),
      });
    }
    case 'none':
      break;
  }
  const suggestions = result.kind === 'none' ? result.suggestions : [];
  return makeReply({
    kind: 'not-found',
    title: t(locale, 'notFound.title', { query: quote(query) }),
    sections: suggestions.length
      ? [
          {
            heading: t(locale, 'notFound.suggestions'),
            items: suggestions.map((m) => `${labelEntry(m.entry)} · ${titleOf(m.entry)}`),
          },
        ]
      : [{ text: t(locale, 'notFound.none') }],
  });
}

/** `/sockerr help`. */
export function usageReply(ctx: AnswerDeps, locale: Locale): Reply {
  const { t } = ctx;
  return makeReply({
    kind: 'usage',
    title: t(locale, 'usage.title'),
    sections: [
      { text: t(locale, 'usage.intro') },
      { text: t(locale, 'usage.lookup') },
      { text: t(locale, 'usage.paste') },
      { text: t(locale, 'usage.settings') },
      { text: t(locale, 'usage.auto') },
    ],
  });
}

/** A scan or an explained message with no socket error in it. */
export function noFindingsReply(ctx: AnswerDeps, locale: Locale): Reply {
  return makeReply({
    kind: 'not-found',
    title: ctx.t(locale, 'scan.noneTitle'),
    sections: [{ text: ctx.t(locale, 'scan.none') }],
  });
}
