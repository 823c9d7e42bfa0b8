import {
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  DiscordAPIError,
  type Interaction,
  type MessageContextMenuCommandInteraction,
  RESTJSONErrorCodes,
  type RepliableInteraction,
} from 'discord.js';
import type { Core, FeedbackVerdict, Logger, SettingsInput, UnreadFile } from '../../core/index.js';
import { LOCALES, type Locale } from '../../core/index.js';
import { isFirstShare } from '../first-share.js';
import { answerInteraction, type InteractionAnswer, type Visibility } from './answer-interaction.js';
import type { AttachmentReader } from './attachments.js';
import {
  AUTO_CHOICES,
  COMMAND_NAMES,
  decodeShareId,
  OPTION_NAMES,
  SETTINGS_SCOPES,
  type SettingsScope,
} from './commands.js';
import { truncateText } from './escape-markdown.js';
import { decodeFeedbackId } from './feedback-ids.js';
import { toChannelRef, toQueryChannelRef, toSettingsChannelRef, toUserRef } from './inputs.js';
import { DISCORD_LIMITS } from './limits.js';
import type { SendGuard } from './send-guard.js';
import { shownFiles, shownText } from './shown-content.js';

export interface InteractionHandlerDeps {
  core: Core;
  logger: Logger;
  deferAfterMs: number;
  /** Runs REST calls with bounded retries (deleting a reply marked "Not this error"). */
  guard?: SendGuard;
  /** Reads the target message's text files (`message.txt`, `.log`) for "Explain socket errors". */
  attachments?: AttachmentReader;
}

/** Routes every interaction sockerr registered to the matching core call and answers it. */
export function createInteractionHandler(
  deps: InteractionHandlerDeps,
): (interaction: Interaction) => Promise<boolean> {
  const { core, deferAfterMs, guard } = deps;
  /** Answers with `work`'s reply; resolves whether the answer reached Discord. */
  const answer = (
    interaction: RepliableInteraction,
    work: Promise<InteractionAnswer>,
    expected: Visibility,
  ) => answerInteraction(interaction, work, { deferAfterMs, expected, ...(guard ? { guard } : {}) });

  /**
   * An option's value, if it has the expected type. discord.js's typed getters throw when the
   * payload's option type does not match the registered one (a stale registration, a malformed
   * payload); a missing or wrong option then just counts as absent.
   */
  const option = <T extends string | boolean>(
    interaction: ChatInputCommandInteraction,
    name: string,
    type: 'string' | 'boolean',
  ): T | null => {
    const value = interaction.options.get(name)?.value;
    return typeof value === type ? (value as T) : null;
  };

  const lookup = (interaction: ChatInputCommandInteraction) => {
    const text = option<string>(interaction, OPTION_NAMES.query, 'string') ?? '';
    const channel = toQueryChannelRef(text, interaction.guildId, interaction.channelId, interaction.channel);
    const work = core
      .command({ text, channel, user: toUserRef(interaction) })
      .then((reply) => ({ reply, visibility: 'ephemeral' as const }));
    return answer(interaction, work, 'ephemeral');
  };

  const settings = (interaction: ChatInputCommandInteraction) => {
    const rawScope = option<string>(interaction, OPTION_NAMES.scope, 'string');
    const scope: SettingsScope = SETTINGS_SCOPES.find((s) => s === rawScope) ?? 'channel';
    const input: SettingsInput = {
      channel: toSettingsChannelRef(interaction.guildId, interaction.channelId, interaction.channel),
      user: toUserRef(interaction, scope),
      scope: scope === 'server' ? 'workspace' : 'channel',
    };
    // A registration from before `mention` existed sends a boolean: true is on, false is off.
    const rawAuto = interaction.options.get(OPTION_NAMES.auto)?.value;
    const auto =
      rawAuto === true ? 'on' : rawAuto === false ? 'off' : AUTO_CHOICES.find((m) => m === rawAuto);
    if (auto) input.auto = auto;
    const lang = option<string>(interaction, OPTION_NAMES.lang, 'string');
    const locale = LOCALES.find((l): l is Locale => l === lang);
    if (locale) input.lang = locale;
    const work = core.changeSettings(input).then((reply) => ({ reply, visibility: 'ephemeral' as const }));
    return answer(interaction, work, 'ephemeral');
  };

  const autocomplete = async (interaction: AutocompleteInteraction) => {
    const focused = interaction.options.getFocused(true);
    if (interaction.commandName !== COMMAND_NAMES.lookup || focused.name !== OPTION_NAMES.query) {
      await interaction.respond([]);
      return true;
    }
    const suggestions = core.suggest(String(focused.value));
    await interaction.respond(
      suggestions.slice(0, DISCORD_LIMITS.choices).map((s) => ({
        name: truncateText(s.name, DISCORD_LIMITS.choiceLength),
        value: s.value.slice(0, DISCORD_LIMITS.choiceLength),
      })),
    );
    return true;
  };

  const explain = (interaction: MessageContextMenuCommandInteraction) => {
    const target = interaction.targetMessage;
    // A paste over 2,000 characters reaches Discord as `message.txt` with no content: its text is
    // in the file. Reading it is part of the work, so a slow download gets the deferred answer.
    // Someone asked about this message: a bot's or a webhook's files are read too (a CI run's log),
    // as on Slack (the README's rule); only auto-replies leave them alone. Those not read (over
    // the size read, not text, a failed download) are named in the answer, as on Slack.
    const unread: UnreadFile[] = [];
    const read = deps.attachments?.readText(shownFiles(target), interaction.channelId, { unread });
    const work = (read ?? Promise.resolve(''))
      .then((fileText) =>
        core.explainMessage({
          // Asked about this message: all the text it shows, a forward's and an alert's embeds too.
          text: [shownText(target, { embeds: true }), fileText].filter(Boolean).join('\n'),
          channel: toChannelRef(interaction.guildId, interaction.channelId, interaction.channel),
          user: toUserRef(interaction),
          unreadFiles: unread,
        }),
      )
      .then((reply) => ({ reply, visibility: 'ephemeral' as const }));
    return answer(interaction, work, 'ephemeral');
  };

  const share = async (interaction: ButtonInteraction, value: string) => {
    if (!(await isFirstShare(core, 'discord', interaction.message.id))) {
      await interaction.deferUpdate(); // acknowledged; nothing posted again
      return true;
    }
    const work = core.share(value).then((reply) => ({ reply, visibility: 'public' as const }));
    return answer(interaction, work, 'public');
  };

  /** "Helpful" / "Not this error" under an auto-reply: core decides; removing deletes sockerr's own message. */
  const feedback = (interaction: ButtonInteraction, press: { verdict: FeedbackVerdict; value: string }) => {
    // A reply already gone (10008: a retry after a deletion whose answer was lost, a second press)
    // has been removed all the same.
    const deleteReply = () =>
      interaction.message.delete().catch((error: unknown) => {
        if (error instanceof DiscordAPIError && error.code === RESTJSONErrorCodes.UnknownMessage) return;
        throw error;
      });
    const remove = () =>
      deps.guard
        ? deps.guard.run(interaction.channelId, 'delete a reply', deleteReply)
        : deleteReply().then(() => true);
    const work = core
      .feedback({
        channel: toChannelRef(interaction.guildId, interaction.channelId, interaction.channel),
        user: toUserRef(interaction),
        ...press,
        at: interaction.createdTimestamp,
        remove,
      })
      .then((reply) => ({ reply, visibility: 'ephemeral' as const }));
    return answer(interaction, work, 'ephemeral');
  };

  return async (interaction) => {
    if (interaction.isAutocomplete()) return autocomplete(interaction);
    if (interaction.isChatInputCommand()) {
      if (interaction.commandName === COMMAND_NAMES.lookup) return lookup(interaction);
      if (interaction.commandName === COMMAND_NAMES.settings) return settings(interaction);
    } else if (interaction.isMessageContextMenuCommand()) {
      if (interaction.commandName === COMMAND_NAMES.explain) return explain(interaction);
    } else if (interaction.isButton()) {
      const value = decodeShareId(interaction.customId);
      if (value !== undefined) return share(interaction, value);
      const press = decodeFeedbackId(interaction.customId);
      if (press) return feedback(interaction, press);
    }
    const what = {
      type: interaction.type,
      command: interaction.isCommand() ? interaction.commandName : undefined,
    };
    if (!interaction.isRepliable()) {
      deps.logger.debug('ignored an interaction sockerr does not handle', what);
      return false;
    }
    // A command or button sockerr does not have (a registration left from another version, an
    // old message's button): unanswered, Discord says "The application did not respond".
    deps.logger.info('answered an interaction sockerr does not handle with its help', what);
    const channel = toChannelRef(interaction.guildId, interaction.channelId ?? '', interaction.channel);
    const work = core
      .command({ text: 'help', channel, user: toUserRef(interaction) })
      .then((reply) => ({ reply, visibility: 'ephemeral' as const }));
    return answer(interaction, work, 'ephemeral');
  };
}
