import type { Catalog, Locale } from '../catalog/index.js';
import { labelEntry, titleOf } from '../catalog/index.js';
import { cutText } from '../cut-text.js';
import type { Translate } from '../i18n/index.js';
import type { Lookup, LookupResult } from '../lookup/index.js';
import type { Platform } from '../platform.js';
import { choiceReply } from './choice.js';
import { explainEntry } from './explain.js';
import { makeReply } from './make-reply.js';
import type { Reply } from './model.js';
import { triagePaste } from './triage.js';
import type { WindowsTexts } from './windows-texts.js';

/** What the query replies are built from. */
export interface AnswerDeps {
  catalog: Catalog;
  lookup: Lookup;
  t: Translate;
  /** Fingerprints a paste's context for the buttons of its answer (see `kept-context.ts`). */
  hashText?: ((text: string) => string) | undefined;
  /** The system messages Windows prints in other languages (see `windows-texts.ts`). */
  windowsTexts?: WindowsTexts | undefined;
}

/** How an answer is offered: with a "Share in channel" button, and brief (with a "More" button). */
export interface AnswerOptions {
  shareable?: boolean;
  brief?: boolean;
}

/**
 * Platforms whose command answers are brief, with a "More" button for the rest: Slack shows the
 * answer inside the command's ack, at once, and its adapter routes the button. Discord's adapter
 * shows every action as a share button, so it keeps the whole explanation.
 */
const BRIEF_ANSWERS = { slack: true, discord: false, shell: false } as const satisfies Record<
  Platform,
  boolean
>;

/** Whether answers to commands on `platform` are brief (see {@link AnswerOptions}). */
export function briefAnswersOn(platform: Platform): boolean {
  return BRIEF_ANSWERS[platform];
}

/** Shortens user text before it is echoed back in a title. */
function quote(query: string): string {
  const flat = query.replace(/\s+/g, ' ').trim();
  return flat.length > 80 ? `${cutText(flat, 79)}…` : flat;
}

/**
 * The reply to `/sockerr <query>` (and the CLI): the explanation for one error, a short choice
 * when a number or symbol names several, a triage when the query is a paste with several errors,
 * "0 is success", or a polite "not a socket error I know" with the closest suggestions.
 */
export function answerQuery(
  deps: AnswerDeps,
  query: string,
  locale: Locale,
  options: AnswerOptions = {},
  result: LookupResult = deps.lookup(query),
): Reply {
  const { shareable = false, brief = false } = options;
  const { t } = deps;
  switch (result.kind) {
    case 'empty':
      return usageReply(deps, locale);
    case 'success':
      return makeReply({
        kind: 'not-found',
        locale,
        title: t(locale, 'success.title', { query: quote(query) }),
        sections: [{ text: t(locale, 'success.text') }],
      });
    case 'no-findings':
      return noFindingsReply(deps, locale);
    case 'found':
      return (
        triagePaste(deps, { text: query, ...result }, locale, { shareable, brief, showMatch: true }) ??
        noFindingsReply(deps, locale)
      );
    case 'exact':
    case 'text': {
      const [best, ...others] = result.matches;
      if (!best) break;
      if (result.kind === 'exact' && others.length > 0) {
        return choiceReply(deps, quote(query), result.by, result.matches, locale);
      }
      if (result.kind === 'text' && result.broad) {
        return choiceReply(deps, quote(query), 'words', result.matches, locale);
      }
      const reply = explainEntry(best.entry, locale, t, {
        readings: best.readings,
        shareable,
        brief,
        windowsTexts: deps.windowsTexts,
      });
      if (others.length === 0) return reply;
      const also = others.map((m) =>
        t(locale, 'text.other', {
          label: labelEntry(m.entry),
          command: deps.lookup.commandLine(m.entry),
        }),
      );
      return makeReply({
        ...reply,
        footer: t(locale, 'text.others', { list: also.join(t(locale, 'list.separator')) }),
      });
    }
    case 'none':
      break;
  }
  const suggestions = result.kind === 'none' ? result.suggestions : [];
  return makeReply({
    kind: 'not-found',
    locale,
    title: t(locale, 'notFound.title', { query: quote(query) }),
    sections: suggestions.length
      ? [
          {
            heading: t(locale, 'notFound.suggestions'),
            items: suggestions.map((m) =>
              t(locale, 'notFound.line', {
                label: labelEntry(m.entry),
                title: titleOf(m.entry),
                command: deps.lookup.commandLine(m.entry),
              }),
            ),
          },
        ]
      : [{ text: t(locale, 'notFound.none') }],
  });
}

/** `/sockerr help`. */
export function usageReply(deps: { t: Translate }, locale: Locale): Reply {
  const { t } = deps;
  return makeReply({
    kind: 'usage',
    locale,
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
export function noFindingsReply(deps: AnswerDeps, locale: Locale): Reply {
  // An example look-up, as it is typed where the reply is read (`sockerr 10054` in a terminal).
  const example = deps.catalog.byId.get('10054');
  return makeReply({
    kind: 'not-found',
    locale,
    title: deps.t(locale, 'scan.noneTitle'),
    sections: [
      { text: deps.t(locale, 'scan.none', { command: example ? deps.lookup.commandLine(example) : '' }) },
    ],
  });
}
