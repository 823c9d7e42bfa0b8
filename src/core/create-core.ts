import { answerQuery, noFindingsReply, usageReply } from './answer-query.js';
import type { Catalog } from './catalog.js';
import { LOCALES, type Locale } from './catalog-types.js';
import { type CoreContext, channelKey, effectiveSettings } from './core-context.js';
import type { ChannelRef, Core, UserRef } from './core-types.js';
import { createDetector } from './detect.js';
import type { Finding } from './finding.js';
import { loadTranslations, type Translate } from './i18n.js';
import type { Logger } from './logger.js';
import { createLookup } from './lookup.js';
import { parseCommand } from './parse-command.js';
import { decideAutoReply, releaseAutoReply } from './policy.js';
import type { Reply } from './reply.js';
import { chooseReplyLocale } from './reply-locale.js';
import { makeReply } from './reply-text.js';
import { applySettings, badSettingReply, statusReply, topReply } from './settings-replies.js';
import type { Store } from './store.js';
import { suggestEntries } from './suggest.js';
import { triageFindings } from './triage.js';

export interface CoreDeps {
  catalog: Catalog;
  store: Store;
  logger: Logger;
  /** Auto-replies: one per channel and error within this window. */
  cooldownMs: number;
  defaultLang: Locale;
  /** Interface strings; loaded from `data/i18n` by default. */
  translate?: Translate;
  /** Detection; by default a detector built (on first use) from this catalog's facts. */
  detect?: (text: string) => Finding[];
}

/** Builds the detector on first use, so a one-shot look-up never pays for it. */
function detectorFor(catalog: Catalog): (text: string) => Finding[] {
  let detect: ((text: string) => Finding[]) | undefined;
  return (text) => {
    detect ??= createDetector(catalog.entries);
    return detect(text);
  };
}

/** The shared state of the core's handlers (also what the one-shot CLI needs). */
export function createCoreContext(deps: CoreDeps): CoreContext {
  return {
    catalog: deps.catalog,
    lookup: createLookup(deps.catalog),
    detect: deps.detect ?? detectorFor(deps.catalog),
    t: deps.translate ?? loadTranslations(),
    store: deps.store,
    logger: deps.logger,
    cooldownMs: deps.cooldownMs,
    defaultLang: deps.defaultLang,
  };
}

/** Builds the platform-neutral core that every adapter talks to. */
export function createCore(deps: CoreDeps): Core {
  const ctx = createCoreContext(deps);

  const localeFor = async (channel: ChannelRef, user: UserRef): Promise<Locale> =>
    chooseReplyLocale(channel.platform, await effectiveSettings(ctx, channel), user, ctx.defaultLang);

  /** Turns an unexpected failure into a polite reply, so no user ever sees a stack trace. */
  const safely = async (what: string, locale: Locale, work: () => Promise<Reply>): Promise<Reply> => {
    try {
      return await work();
    } catch (error) {
      ctx.logger.error(`${what} failed`, { error });
      return makeReply({
        kind: 'refusal',
        title: ctx.t(locale, 'error.title'),
        sections: [{ text: ctx.t(locale, 'error.text') }],
      });
    }
  };

  return {
    catalog: deps.catalog,

    async command({ text, channel, user }) {
      const locale = await localeFor(channel, user).catch(() => ctx.defaultLang);
      const reply = await safely('command', locale, async () => {
        const command = parseCommand(text);
        switch (command.kind) {
          case 'help':
            return usageReply(ctx, locale);
          case 'status':
            return statusReply(ctx, channel, locale);
          case 'top':
            return topReply(ctx, channel, locale);
          case 'auto':
            if (command.value === null) return badSettingReply(ctx, locale, 'settings.badAuto');
            return applySettings(ctx, { channel, user, scope: 'channel', autoReply: command.value }, locale);
          case 'lang':
            if (command.value === null) return badSettingReply(ctx, locale, 'settings.badLang');
            return applySettings(ctx, { channel, user, scope: 'channel', lang: command.value }, locale);
          case 'scan': {
            const triage = triageFindings(ctx.catalog, ctx.detect(command.text), locale, ctx.t);
            return triage ?? noFindingsReply(ctx, locale);
          }
          case 'lookup':
            return answerQuery(ctx, command.query, locale, true);
        }
      });
      return { reply, visibility: 'ephemeral' };
    },

    async message(input) {
      try {
        return await decideAutoReply(ctx, input);
      } catch (error) {
        ctx.logger.error('auto-reply decision failed', { error, channel: channelKey(input.channel) });
        return { action: 'ignore', reason: 'error' };
      }
    },

    async replyFailed(input, findings) {
      await releaseAutoReply(ctx, input, findings).catch((error) =>
        ctx.logger.warn('could not release an unposted reply', { error }),
      );
    },

    async explainMessage({ text, channel, user }) {
      const locale = await localeFor(channel, user).catch(() => ctx.defaultLang);
      return safely('explain message', locale, async () => {
        const findings = ctx.detect(typeof text === 'string' ? text : '');
        return triageFindings(ctx.catalog, findings, locale, ctx.t) ?? noFindingsReply(ctx, locale);
      });
    },

    async share(value, _channel) {
      const [lang = '', ...rest] = String(value).split(':');
      const locale = LOCALES.find((l) => l === lang) ?? ctx.defaultLang;
      return safely('share', locale, async () => answerQuery(ctx, rest.join(':'), locale, false));
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
