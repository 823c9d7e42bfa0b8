import { keepButtonContext, recallButtonContext } from './button-context.js';
import { type Catalog, type CatalogEntry, LOCALES, type Locale } from './catalog/index.js';
import {
  applySettings,
  badPeriodReply,
  badSettingReply,
  noteStoreUnavailable,
  parseCommand,
  settingsOrDefaults,
  statusReply,
  topReply,
} from './commands/index.js';
import { type CoreContext, effectiveSettings } from './context.js';
import type { DetectionRules, LocalizedMessage, SavedTables } from './detect/index.js';
import { extendCore } from './extend-core.js';
import { chooseReplyLocale, type Translate } from './i18n/index.js';
import { lazyDetector } from './lazy-detector.js';
import { createLookup, MAX_QUERY_LENGTH, suggestEntries } from './lookup/index.js';
import { oneShotCore } from './one-shot-core.js';
import { autoReplyMethods, claimRequest, readAskedQuestion, warmUpDecision } from './policy/index.js';
import type { CoreMetrics, Logger, Store } from './ports/index.js';
import type { Reply } from './reply/index.js';
import {
  answerQuery,
  briefAnswersOn,
  createAnswerCache,
  explainButtonValue,
  localizedOf,
  noFindingsReply,
  triagePaste,
  usageReply,
  warmUpReplies,
  windowsTextsFrom,
  withUnreadFiles,
} from './reply/index.js';
import { answerSafely } from './safely.js';
import type { ChannelRef, Core, UserRef } from './types.js';

export interface CoreDeps {
  catalog: Catalog;
  /**
   * Detection rules (`data/detection/`), validated; the detector is built from them and the catalog.
   * A function is called when the detector is first built (a one-shot look-up of a code never is).
   */
  rules: DetectionRules | (() => DetectionRules);
  /** Windows' messages in other languages (a loader: read by the first explanation in one); absent: the rules'. */
  localized?: readonly LocalizedMessage[] | (() => readonly LocalizedMessage[]);
  /** The detector's automata as a build saved them (infra reads them); absent: compiled at start. */
  detectorTables?: SavedTables;
  /** Interface strings (`data/i18n/`). */
  translate: Translate;
  store: Store;
  logger: Logger;
  /** Auto-replies: one per channel and error within this window. */
  cooldownMs: number;
  defaultLang: Locale;
  /** Detection time, for `/metrics`; absent in one-shot uses (the CLI). */
  metrics?: CoreMetrics;
  /** Fingerprints message texts for feedback (SHA-256 hex); without it auto-replies have no feedback buttons. */
  hashText?: (text: string) => string;
  /** How a command is typed where this core answers: `/sockerr` (chats, the shell; the default) or `sockerr` (the CLI). */
  invoke?: string;
}

/** Builds the platform-neutral core that every adapter talks to. */
export function createCore(deps: CoreDeps): Core {
  const detector = lazyDetector(deps.catalog, deps.rules, deps.metrics, deps.detectorTables);
  const windowsTexts = windowsTextsFrom(deps.localized ?? localizedOf(deps.rules));
  // What a reply quotes as a localized Windows' words, a part of it looks up (`目標電腦拒絕連線`).
  const quoted = (entry: CatalogEntry) => LOCALES.flatMap((l) => windowsTexts(entry.id, l) ?? []);
  const ctx: CoreContext = {
    catalog: deps.catalog,
    lookup: createLookup(deps.catalog, detector.withMentions, deps.invoke, quoted),
    detect: detector,
    t: deps.translate,
    store: deps.store,
    logger: deps.logger,
    cooldownMs: deps.cooldownMs,
    defaultLang: deps.defaultLang,
    hashText: deps.hashText,
    // The same few codes are asked about and pasted again and again: their answers are built once.
    answers: createAnswerCache(256),
    windowsTexts,
  };

  const localeFor = async (channel: ChannelRef, user: UserRef): Promise<Locale> =>
    chooseReplyLocale(channel.platform, await effectiveSettings(ctx, channel), user, ctx.defaultLang);

  const safely = (what: string, locale: Locale, work: () => Promise<Reply>) =>
    answerSafely(ctx, what, locale, work);

  return {
    ...extendCore(ctx),
    ...oneShotCore(ctx),
    catalog: deps.catalog,
    warmUp() {
      detector.warmUp();
      // Warm-up passes are not the users': they stay out of `/metrics`.
      const untimed = { ...ctx, detect: detector.untimed() };
      warmUpReplies(untimed);
      void warmUpDecision(untimed);
    },

    async command({ text, channel, user }) {
      const known = await settingsOrDefaults(ctx, channel);
      const locale = await chooseReplyLocale(channel.platform, known.settings, user, ctx.defaultLang).catch(
        () => ctx.defaultLang,
      );
      const command = parseCommand(text);
      const reply = await safely('command', locale, async () => {
        switch (command.kind) {
          case 'help':
            return usageReply(ctx, locale);
          case 'status':
            return statusReply(ctx, channel, locale, known.settings);
          case 'top':
            if (command.hours === null) return badPeriodReply(ctx, locale);
            return topReply(ctx, channel, locale, command.hours);
          case 'auto':
            if (command.value === null) return badSettingReply(ctx, locale, 'settings.badAuto');
            return applySettings(ctx, { channel, user, scope: 'channel', auto: command.value }, locale);
          case 'lang':
            if (command.value === null) return badSettingReply(ctx, locale, 'settings.badLang');
            return applySettings(ctx, { channel, user, scope: 'channel', lang: command.value }, locale);
          case 'lookup': {
            const brief = briefAnswersOn(channel.platform);
            return ctx.answers(`${locale}:${brief}:${command.query}`, () =>
              answerQuery(ctx, command.query, locale, { shareable: true, brief }),
            );
          }
        }
      });
      if (known.unavailable) return noteStoreUnavailable(ctx, command.kind, reply, locale);
      // The shell has no buttons to press: a paste's hosts are kept only where someone can. Not
      // awaited: a press comes seconds later at the soonest, and a stalled store must not hold the
      // answer (Slack's ack) for its command deadline on top of the settings read.
      if (channel.platform !== 'shell') void keepButtonContext(ctx, reply);
      return reply;
    },

    ...autoReplyMethods(ctx),

    firstDelivery: (platform, requestId) => claimRequest(ctx, platform, requestId),

    async explainMessage({ text, channel, user, unreadFiles }) {
      const locale = await localeFor(channel, user).catch(() => ctx.defaultLang);
      return safely('explain message', locale, async () => {
        const paste = typeof text === 'string' ? text : '';
        // Asked, as a mention asks: a message that is only a code or a name (`10054`, typed
        // full-width with a CJK input method) is explained as `/sockerr` explains it.
        // A longer text is read by detection alone, which has just found nothing in it.
        const asked = () => {
          const question = paste.length <= MAX_QUERY_LENGTH ? readAskedQuestion(ctx, paste) : null;
          return question && question.result.kind !== 'empty'
            ? answerQuery(ctx, question.text, locale, {}, question.result)
            : null;
        };
        const reply =
          triagePaste(ctx, { text: paste, ...ctx.detect.withMentions(paste) }, locale) ??
          asked() ??
          noFindingsReply(ctx, locale);
        return withUnreadFiles(ctx.t, reply, unreadFiles, locale);
      });
    },

    // A button rebuilds its reply with the paste's context while it is kept, else with placeholders.
    async share(value) {
      const page = explainButtonValue(ctx, value, ctx.defaultLang, { shareable: false });
      return safely('share', page.locale, async () => page.build(await recallButtonContext(ctx, page.key)));
    },

    async details(value) {
      const page = explainButtonValue(ctx, value, ctx.defaultLang, { shareable: true });
      return safely('details', page.locale, async () => {
        const reply = page.build(await recallButtonContext(ctx, page.key));
        // Its own Share button reads the context again: it is kept a day from now (not awaited,
        // as for a command: the recall above already spent this press's share of a slow store).
        void keepButtonContext(ctx, reply);
        return reply;
      });
    },

    // Choices show codes, symbols and Microsoft's titles, which read the same in every locale.
    suggest(query) {
      return suggestEntries(ctx, typeof query === 'string' ? query : '');
    },

    async changeSettings(input) {
      const locale = await localeFor(input.channel, input.user).catch(() => ctx.defaultLang);
      return safely('settings', locale, () => applySettings(ctx, input, locale));
    },
  };
}
