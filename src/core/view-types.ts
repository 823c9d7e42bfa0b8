import type { Locale } from './catalog/index.js';
import type { FeedbackEntry } from './ports/index.js';
import type { Reply } from './reply/index.js';

/** How auto-replies behave in a channel: always, never, or only when sockerr is asked. */
export type AutoMode = 'on' | 'off' | 'mention';

/** One channel on a user's Home, and the settings in force there. */
export interface HomeChannel {
  channelId: string;
  name?: string;
  mode: AutoMode;
  lang: Locale;
  /** "Auto-replies: on · Language: English (en)", in the view's language. */
  summary: string;
}

/** A user's Home, every string in one language (the user's): the adapter only lays it out. */
export interface HomeView {
  locale: Locale;
  title: string;
  intro: string;
  commandsHeading: string;
  commands: string[];
  channelsHeading: string;
  channels: HomeChannel[];
  /** Said under the channels: none shared, more than shown, the store could not be read. */
  channelNotes: string[];
  /** The user may change settings: the adapter shows controls; otherwise `refusal` says who can. */
  canManage: boolean;
  refusal?: string;
  /** Labels of the controls: the setting names and every choice. */
  controls: {
    auto: string;
    lang: string;
    modes: Record<AutoMode, string>;
    languages: Record<Locale, string>;
  };
  /** The errors seen in the workspace over the last 7 days, as `/sockerr top 7d` shows a channel's. */
  top: Reply;
}

/** What `sockerr feedback` shows: the replies marked wrong, to turn into corpus cases, and how many helped. */
export interface FeedbackReport {
  /** "Not this error" presses, oldest first, each finding with its catalog label (`10054 WSAECONNRESET`). */
  wrong: (FeedbackEntry & { labels: string[] })[];
  helpful: number;
}
