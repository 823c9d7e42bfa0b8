import autocompleteFixture from '../../fixtures/discord/interaction-autocomplete.json' with { type: 'json' };
import buttonFixture from '../../fixtures/discord/interaction-button.json' with { type: 'json' };
import chatInputFixture from '../../fixtures/discord/interaction-chat-input.json' with { type: 'json' };
import messageCommandFixture from '../../fixtures/discord/interaction-message-command.json' with {
  type: 'json',
};
import settingsFixture from '../../fixtures/discord/interaction-settings.json' with { type: 'json' };
import messageFixture from '../../fixtures/discord/message-create.json' with { type: 'json' };
import { FAKE_IDS } from './fake-discord-world.js';

/**
 * Gateway dispatch payloads built from the real-shaped fixtures in `test/fixtures/discord/`,
 * with the few fields a test varies. Interaction tokens are `token-<id>`.
 */
type Json = Record<string, unknown>;

type Author = 'human' | 'bot' | 'webhook' | 'self';

export interface MessageEventInput {
  id: string;
  text: string;
  author?: Author;
  channelId?: string;
  /** A DM to the bot: no guild, no member. */
  dm?: boolean;
  mentionsBot?: boolean;
  /**
   * A mention of this role: Discord's mention picker often offers a bot's managed role (named as
   * the bot) beside the bot, and picking it sends `<@&role>` in `mention_roles`, with `mentions` empty.
   */
  mentionsRole?: string;
  /** Attachment objects (from `fake.cdn.add`); `text` '' is how a message over 2,000 characters arrives. */
  attachments?: Json[];
  /** A reply to this message of the bot's (Discord adds `referenced_message`). */
  replyToBot?: string;
}

const DM_CHANNEL = '1310000000000000001';

export function messageCreate(input: MessageEventInput): Json {
  const author = input.author ?? 'human';
  const d: Json = structuredClone(messageFixture);
  d.id = input.id;
  d.content = input.text;
  d.channel_id = input.dm ? DM_CHANNEL : (input.channelId ?? FAKE_IDS.channel);
  if (author === 'bot') {
    d.author = { ...messageFixture.author, id: FAKE_IDS.otherBot, username: 'deploy-bot', bot: true };
  } else if (author === 'self') {
    d.author = { ...messageFixture.author, id: FAKE_IDS.bot, username: 'sockerr', bot: true };
  } else if (author === 'webhook') {
    // Discord: a webhook's author "corresponds to the webhook's id, username, and avatar"; webhook_id tells.
    d.author = { id: FAKE_IDS.webhook, username: 'Grafana', avatar: null, discriminator: '0000' };
    d.webhook_id = FAKE_IDS.webhook;
    delete d.member;
  }
  if (input.mentionsBot) {
    d.content = `<@${FAKE_IDS.bot}> ${input.text}`;
    d.mentions = [{ id: FAKE_IDS.bot, username: 'sockerr', discriminator: '0', bot: true, avatar: null }];
  }
  if (input.mentionsRole) {
    d.content = `<@&${input.mentionsRole}> ${input.text}`;
    d.mention_roles = [input.mentionsRole];
  }
  if (input.attachments) d.attachments = input.attachments;
  if (input.replyToBot) {
    d.type = 19;
    d.message_reference = {
      type: 0,
      channel_id: d.channel_id,
      message_id: input.replyToBot,
      guild_id: d.guild_id,
    };
    d.referenced_message = {
      ...structuredClone(messageFixture),
      id: input.replyToBot,
      channel_id: d.channel_id,
      content: '',
      author: { ...messageFixture.author, id: FAKE_IDS.bot, username: 'sockerr', bot: true },
    };
  }
  if (input.dm) {
    delete d.guild_id;
    delete d.member;
    d.channel_type = 1;
  }
  return d;
}

/** What a forwarded message shows: the original's text and files, as Discord copies them. */
export interface ForwardedInput {
  text: string;
  attachments?: Json[];
  /** Where the original was posted. */
  channelId?: string;
}

/**
 * Makes `d` a forward (Discord's "Forward" menu): no content of its own, a reference of type 1
 * (FORWARD) and a snapshot of the original message's content and attachments.
 */
export function asForward(d: Json, original: ForwardedInput): Json {
  const channelId = original.channelId ?? '1300000000000000009';
  d.content = '';
  d.attachments = [];
  d.message_reference = {
    type: 1,
    channel_id: channelId,
    message_id: '1700000000000000009',
    ...(d.guild_id ? { guild_id: d.guild_id } : {}),
  };
  d.message_snapshots = [
    {
      message: {
        type: 0,
        content: original.text,
        embeds: [],
        attachments: original.attachments ?? [],
        timestamp: '2025-03-14T08:40:00.000000+00:00',
        edited_timestamp: null,
        flags: 0,
        mentions: [],
        mention_roles: [],
        components: [],
      },
    },
  ];
  return d;
}

/**
 * THREAD_CREATE for a public thread (type 11) under `parentId`, or a forum post (also type 11,
 * under a forum channel): Discord sends it when a thread is made, before any message in it.
 */
export function threadCreate(input: { id: string; parentId: string; name?: string }): Json {
  return {
    id: input.id,
    guild_id: FAKE_IDS.guild,
    parent_id: input.parentId,
    owner_id: FAKE_IDS.human,
    type: 11,
    name: input.name ?? 'db timeouts after deploy',
    last_message_id: null,
    message_count: 0,
    member_count: 1,
    rate_limit_per_user: 0,
    flags: 0,
    total_message_sent: 0,
    thread_metadata: {
      archived: false,
      auto_archive_duration: 1440,
      archive_timestamp: '2025-03-14T08:45:00.000000+00:00',
      locked: false,
      create_timestamp: '2025-03-14T08:45:00.000000+00:00',
    },
    newly_created: true,
  };
}

export interface InteractionInput {
  id: string;
  locale?: string;
  /** The invoker's permissions in the channel (decimal bit string). */
  permissions?: string;
  channelId?: string;
}

function interaction(fixture: Json, input: InteractionInput): Json {
  const d: Json = structuredClone(fixture);
  d.id = input.id;
  d.token = `token-${input.id}`;
  if (input.locale) d.locale = input.locale;
  if (input.channelId) {
    d.channel_id = input.channelId;
    d.channel = { ...(d.channel as Json), id: input.channelId };
  }
  if (input.permissions) d.member = { ...(d.member as Json), permissions: input.permissions };
  return d;
}

/** `/sockerr query:<query>`; `query: undefined` leaves the option out. */
export function chatInput(input: InteractionInput & { query: string | undefined }): Json {
  const d = interaction(chatInputFixture, input);
  const data = d.data as Json;
  data.options = input.query === undefined ? [] : [{ name: 'query', type: 3, value: input.query }];
  return d;
}

/** The user is typing `value` into `/sockerr query:`. */
export function autocomplete(input: InteractionInput & { value: string }): Json {
  const d = interaction(autocompleteFixture, input);
  (d.data as Json).options = [{ name: 'query', type: 3, value: input.value, focused: true }];
  return d;
}

/** "Explain socket errors" on a message with this text (and these attachments, from `fake.cdn.add`). */
export function messageCommand(
  input: InteractionInput & {
    targetText: string;
    targetAttachments?: Json[];
    targetForwards?: ForwardedInput;
    /** The target's embeds (an alerting bot's, a webhook's), and its author: a bot's, or a webhook's. */
    targetEmbeds?: Json[];
    targetAuthor?: 'bot' | 'webhook';
  },
): Json {
  const d = interaction(messageCommandFixture, input);
  const data = d.data as { target_id: string; resolved: { messages: Record<string, Json> } };
  const target = data.resolved.messages[data.target_id];
  if (target) target.content = input.targetText;
  if (target && input.targetAttachments) target.attachments = input.targetAttachments;
  if (target && input.targetForwards) asForward(target, input.targetForwards);
  if (target && input.targetEmbeds) target.embeds = input.targetEmbeds;
  if (target && input.targetAuthor === 'bot') {
    target.author = { ...(target.author as Json), id: FAKE_IDS.otherBot, username: 'deploy-bot', bot: true };
  } else if (target && input.targetAuthor === 'webhook') {
    target.author = {
      id: FAKE_IDS.webhook,
      username: 'Grafana',
      avatar: null,
      discriminator: '0000',
      bot: true,
    };
    target.webhook_id = FAKE_IDS.webhook;
  }
  return d;
}

/** A press on a button with this custom_id under one of the bot's ephemeral replies. */
export function buttonPress(input: InteractionInput & { customId: string; messageId?: string }): Json {
  const d = interaction(buttonFixture, input);
  (d.data as Json).custom_id = input.customId;
  // Each press is on its own private answer unless a test presses one answer twice.
  const ownId = /^\d+$/.test(input.id) ? String(BigInt(input.id) + 1n) : undefined;
  d.message = { ...(d.message as Json), id: input.messageId ?? ownId ?? (d.message as Json).id };
  return d;
}

/** `/sockerr-settings` with the given options. */
export function settingsCommand(
  input: InteractionInput & {
    /** A choice (string option); a boolean is what a registration from before `mention` sends. */
    auto?: 'on' | 'off' | 'mention' | boolean;
    lang?: string;
    scope?: 'channel' | 'server';
  },
): Json {
  const d = interaction(settingsFixture, input);
  const options: Json[] = [];
  if (input.auto !== undefined)
    options.push({ name: 'auto', type: typeof input.auto === 'boolean' ? 5 : 3, value: input.auto });
  if (input.lang !== undefined) options.push({ name: 'lang', type: 3, value: input.lang });
  if (input.scope !== undefined) options.push({ name: 'scope', type: 3, value: input.scope });
  (d.data as Json).options = options;
  return d;
}

/**
 * A press on a feedback button under one of the bot's public auto-replies (`reply`: the message
 * the fake created), by `userId` with `permissions` in the channel.
 */
export function feedbackPress(
  input: InteractionInput & { customId: string; userId: string; reply: Json },
): Json {
  const d = buttonPress(input);
  const member = d.member as Json;
  d.member = {
    ...member,
    user: { ...(member.user as Json), id: input.userId, username: `user-${input.userId.slice(-4)}` },
  };
  d.channel_id = input.reply.channel_id;
  d.channel = { ...(d.channel as Json), id: input.reply.channel_id };
  d.message = { ...(d.message as Json), ...input.reply, flags: 0 };
  return d;
}
