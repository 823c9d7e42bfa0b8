import type { Catalog, CatalogEntry, Locale } from './catalog/index.js';
import type { Finding } from './detect/index.js';
import type { Suggestion } from './lookup/index.js';
import type { Platform } from './platform.js';
import type { FeedbackVerdict } from './ports/index.js';
import type { Reply, UnreadFile } from './reply/index.js';
import type { AutoMode, FeedbackReport, HomeView } from './view-types.js';

/** Where something was said: a channel (or DM) inside a workspace (Slack team, Discord guild). */
export interface ChannelRef {
  platform: Platform;
  /** Slack team id or Discord guild id; absent for DMs and the shell. */
  workspaceId?: string;
  channelId: string;
  /** Where a thread is a channel of its own (a Discord thread, a forum post): the channel it is under,
   * whose settings hold in the thread unless the thread chose its own. */
  parentChannelId?: string;
}

/** What the adapter knows about the person who asked. */
export interface UserRef {
  id: string;
  /** The platform's locale for the user (`zh-TW`, `en-US`), if the event carries it. */
  locale?: string;
  /** Loads the user's locale when the event does not carry it (Slack `users.info`); called only if needed. */
  loadLocale?: () => Promise<string | undefined>;
  /** May this user change settings here (Discord Manage Channels/Server; Slack: anyone in the channel)? */
  canManage: boolean;
  /** `canManage` is false only because the platform could not say (Slack's `users.info` failed, a
   * rate limit): a refusal then says to try again, rather than that the user may not. */
  canManageUnknown?: boolean;
}

/** `/sockerr <text>` from any platform. */
interface CommandInput {
  text: string;
  channel: ChannelRef;
  user: UserRef;
}

/** A message seen in a channel, for the auto-reply decision. */
export interface MessageInput {
  /** Unique per delivery of the same event: Slack `event_id`, Discord message id. Used to drop retries. */
  eventId: string;
  channel: ChannelRef;
  author: { id: string; isBot: boolean; isSelf: boolean };
  text: string;
  /** Platform subtype (Slack `message_changed`, `bot_message`…); absent for a plain new message. */
  subtype?: string;
  /** The platform's locale for the author, if known. */
  locale?: string;
  /** Loads the author's locale when the event does not carry it; called only for a reply that needs it. */
  loadLocale?: () => Promise<string | undefined>;
  /** The message asks sockerr: a direct message, or one that mentions it (Slack `<@bot>` or `app_mention`; Discord a mention or a reply to it). */
  mentioned?: boolean;
  /** The thread a reply goes to (Slack `thread_ts ?? ts`; a Discord thread): `auto mention` answers where sockerr already did. */
  threadId?: string;
  /** Other names of the same message (its Slack `ts`, its files' ids): a second event naming one is a duplicate. */
  dedupeKeys?: string[];
  /** Sent again for want of an acknowledgement (Slack's retries): its holder may have died deciding it. */
  redelivery?: boolean;
  /** Loads the text of the message's text files (snippets, `.log`, Discord `message.txt`); called only when it may be answered. */
  loadFiles?: () => Promise<string>;
}

/** The reason core stays silent, for logs and tests. */
const IGNORE_REASONS = [
  'bot',
  'self',
  'subtype',
  'duplicate',
  'opted-out',
  'no-findings',
  'empty',
  /** `auto mention`: sockerr was not mentioned, and this is no thread it answered in. */
  'not-mentioned',
  /** A redelivery of a message another decision holds and has not answered yet: to be sent again later. */
  'in-progress',
  /** The store cannot be used right now (Redis down): auto-replies pause rather than risk a duplicate. */
  'store-unavailable',
  /** Core failed unexpectedly (logged); nothing is posted. */
  'error',
] as const;
type IgnoreReason = (typeof IGNORE_REASONS)[number];

/** What to do about a message. */
export type MessageDecision =
  | { action: 'ignore'; reason: IgnoreReason }
  | { action: 'reply'; reply: Reply; findings: Finding[] }
  /** Every error in it was explained here within the cooldown: at most acknowledge it. */
  | { action: 'react'; reaction: 'seen'; findings: Finding[] };

/** Message shortcut / context menu: explain any message on request, whatever the settings. */
interface ExplainMessageInput extends CommandInput {
  /** Its files the adapter could not read: the answer names them, so it is not taken for theirs. */
  unreadFiles?: readonly UnreadFile[];
}

/** A change of channel or workspace settings from a platform-specific settings UI. */
export interface SettingsInput {
  channel: ChannelRef;
  user: UserRef;
  scope: 'channel' | 'workspace';
  /** Auto-replies: `on`, `off`, or `mention` (only when sockerr is mentioned or asked in its thread). */
  auto?: AutoMode;
  lang?: Locale;
}

/** A press on an auto-reply's "Helpful" or "Not this error" button. */
export interface FeedbackInput {
  channel: ChannelRef;
  /** Who pressed it; `canManage`: may change sockerr's settings here. */
  user: UserRef;
  verdict: FeedbackVerdict;
  /** The button's value, as core wrote it (which reply it is under). */
  value: string;
  /** When it was pressed (ms since the epoch), as the platform stamped it. */
  at: number;
  /** Removes the auto-reply for everyone; false when the platform refused. Called only when allowed. */
  remove: () => Promise<boolean>;
}

/** Whose Home, and the channels they share with sockerr (as the adapter found them). */
export interface HomeInput {
  /** The workspace (its id) on the platform; `channelId` is the user's conversation with sockerr. */
  workspace: ChannelRef;
  user: UserRef;
  /** Channels both the user and sockerr are in; at most as many as the platform's view can show. */
  channels: readonly { channelId: string; name?: string }[];
  /** How many more shared channels there are than `channels` holds. */
  more?: number;
  /** The platform would not say which channels they share (an error, a rate limit): `channels` is empty for that. */
  channelsUnknown?: boolean;
}

/** What a look-up found, for the CLI's `--json` and exit code. */
interface LookupAnswer {
  /** Whether the query named at least one error (exactly, or by its words). */
  found: boolean;
  /** Every entry it named, with how the query was read (in the reply's language). */
  matches: { entry: CatalogEntry; readings: string[] }[];
  reply: Reply;
}

/** The socket errors in a text, and the triage reply for them (null when there are none). */
interface ScanAnswer {
  findings: Finding[];
  reply: Reply | null;
  /** What a terminal prints where nothing was found, in the scan's language. */
  nothingFound: string;
}

/** A log read piece by piece (`sockerr scan FILE`): the answer `scan` gives for the whole text. */
export interface LogScan {
  push(piece: string): void;
  end(): ScanAnswer;
}

/** The neutral core: every decision lives here. Every adapter and the CLI use only this. */
export interface Core {
  readonly catalog: Catalog;
  /** Builds what is built on first use (the detector; its non-ASCII table waits for such a text) and
   * runs each reply once, so the first message is as fast as any. */
  warmUp(): void;
  /** `/sockerr <text>`: look-up, help, settings, status, top. The reply is for the asker only. */
  command(input: CommandInput): Promise<Reply>;
  /** Auto-reply decision for a channel message. */
  message(input: MessageInput): Promise<MessageDecision>;
  /** The adapter posted a `reply` decision: its message stays answered after the decision's hold ends. */
  replyPosted(input: MessageInput): Promise<void>;
  /** The adapter could not post a `reply` decision: forget its claims so a retry is answered. */
  replyFailed(input: MessageInput, findings: readonly Finding[]): Promise<void>;
  /**
   * Whether a command or interaction (by its platform id, such as Slack's `trigger_id`, or a hash
   * of its body) arrives for the first time; false for a replay within the replay window.
   */
  firstDelivery(platform: Platform, requestId: string): Promise<boolean>;
  /** Triage of any message on request (message shortcut, context menu). */
  explainMessage(input: ExplainMessageInput): Promise<Reply>;
  /** The reply to post publicly when someone presses a reply's `share` action. */
  share(value: string): Promise<Reply>;
  /** The whole explanation, for the asker only, when someone presses a brief reply's `more` action. */
  details(value: string): Promise<Reply>;
  /** Autocomplete for a partial query, same ranking as look-up. */
  suggest(query: string): Suggestion[];
  /** Settings changes from a platform settings command. */
  changeSettings(input: SettingsInput): Promise<Reply>;
  /** A one-shot look-up (the CLI): the reply and what it matched. */
  lookup(query: string, locale: Locale): LookupAnswer;
  /** A one-shot scan of a text (the CLI): every finding, whatever its confidence. */
  scan(text: string, locale: Locale): ScanAnswer;
  /** A press on an auto-reply's "Helpful" or "Not this error": recorded; the latter removes the reply when allowed. */
  feedback(input: FeedbackInput): Promise<Reply>;
  /** Feedback since `sinceMs`, for `sockerr feedback`: the replies marked wrong, with their excerpts. */
  feedbackReport(sinceMs: number): Promise<FeedbackReport>;
  /** A user's Home (Slack App Home): what sockerr does, their channels' settings, the workspace's week. */
  home(input: HomeInput): Promise<HomeView>;
  /** The same scan of a log given piece by piece, in bounded memory, whatever its size. */
  scanLog(locale: Locale): LogScan;
}
