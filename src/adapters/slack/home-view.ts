import type { types } from '@slack/bolt';
import type { AutoMode, HomeView, Locale, Reply } from '../../core/index.js';
import { HOME_ACTION_IDS } from './action-ids.js';
import { SLACK_LIMITS } from './limits.js';
import { renderSlackReply } from './render.js';
import { escapeSlackMrkdwn, escapeSlackText, truncateSlackText } from './text.js';

type KnownBlock = types.KnownBlock;

const mrkdwn = (text: string): types.MrkdwnElement => ({
  type: 'mrkdwn',
  text: truncateSlackText(text, SLACK_LIMITS.sectionText),
  verbatim: true,
});
const plain = (text: string): types.PlainTextElement => ({
  type: 'plain_text',
  text: truncateSlackText(escapeSlackText(text), SLACK_LIMITS.optionText),
  emoji: true,
});
/** Slack's ids are upper-case letters and digits; anything else is not put inside `<#…>`. */
const SLACK_ID = /^[A-Z0-9]{2,64}$/;

/** A control's value: the channel and the choice (`C123:mention`), read back by {@link readHomeChoice}. */
function option(channelId: string, value: string, label: string): types.PlainTextOption {
  return { text: plain(label), value: `${channelId}:${value}` };
}

function select(
  actionId: string,
  placeholder: string,
  options: types.PlainTextOption[],
  initial: string,
): types.StaticSelect {
  const initialOption = options.find((o) => o.value === initial);
  return {
    type: 'static_select',
    action_id: actionId,
    placeholder: plain(placeholder),
    options,
    ...(initialOption ? { initial_option: initialOption } : {}),
  };
}

/**
 * A user's Home as a Slack `home` view: what sockerr does and its commands; each shared channel
 * with its settings (and, for people who may change them, a menu for the mode and the language);
 * the workspace's errors of the week. `notice` (the answer to a change just made) goes first.
 */
export function renderHomeView(view: HomeView, notice?: Reply): types.HomeView {
  const blocks: KnownBlock[] = [];
  if (notice) blocks.push({ type: 'section', text: mrkdwn(escapeSlackMrkdwn(notice.fallback)) });
  blocks.push(
    { type: 'header', text: plain(view.title) },
    { type: 'section', text: mrkdwn(escapeSlackMrkdwn(view.intro)) },
    {
      type: 'section',
      text: mrkdwn(
        [
          `*${escapeSlackText(view.commandsHeading)}*`,
          // Commands are code: beside Chinese text a span needs a space, or Slack shows its backticks.
          ...view.commands.map((c) => `• ${escapeSlackMrkdwn(c)}`),
        ].join('\n'),
      ),
    },
    { type: 'divider' },
    { type: 'section', text: mrkdwn(`*${escapeSlackText(view.channelsHeading)}*`) },
  );
  for (const channel of view.channels) {
    const name = SLACK_ID.test(channel.channelId)
      ? `<#${channel.channelId}>`
      : `#${escapeSlackText(channel.name ?? channel.channelId)}`;
    blocks.push({ type: 'section', text: mrkdwn(`*${name}*\n${escapeSlackMrkdwn(channel.summary)}`) });
    if (!view.canManage || !SLACK_ID.test(channel.channelId)) continue;
    const { controls } = view;
    const modes = (Object.keys(controls.modes) as AutoMode[]).map((m) =>
      option(channel.channelId, m, controls.modes[m]),
    );
    const languages = (Object.keys(controls.languages) as Locale[]).map((l) =>
      option(channel.channelId, l, controls.languages[l]),
    );
    blocks.push({
      type: 'actions',
      // Slack keeps what a menu showed under a block_id it has shown before and ignores a new
      // initial_option (slackapi/bolt-python#629): naming the settings in the block_id makes a
      // change made elsewhere (`/sockerr auto off`) show in the menus.
      block_id: `home:${channel.channelId}:${channel.mode}:${channel.lang}`,
      elements: [
        select(HOME_ACTION_IDS.auto, controls.auto, modes, `${channel.channelId}:${channel.mode}`),
        select(HOME_ACTION_IDS.lang, controls.lang, languages, `${channel.channelId}:${channel.lang}`),
      ],
    });
  }
  const notes = [...view.channelNotes, ...(view.refusal ? [view.refusal] : [])];
  for (const note of notes) blocks.push({ type: 'context', elements: [mrkdwn(escapeSlackMrkdwn(note))] });
  blocks.push({ type: 'divider' }, ...renderSlackReply(view.top).blocks);
  return { type: 'home', blocks: blocks.slice(0, SLACK_LIMITS.homeBlocks) };
}

/** The channel and the choice of a settings menu's selected value, or null when it is not ours. */
export function readHomeChoice(value: string): { channelId: string; choice: string } | null {
  const match = /^([A-Z0-9]{2,64}):([A-Za-z-]{1,16})$/.exec(value);
  return match ? { channelId: match[1] as string, choice: match[2] as string } : null;
}
