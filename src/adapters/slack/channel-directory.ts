import type { webApi } from '@slack/bolt';
import type { SlackCaller } from './calls.js';
import { createTtlCache } from './ttl-cache.js';

/** A conversation both a user and sockerr are in. */
interface SharedChannel {
  channelId: string;
  name?: string;
}

/** Which channels a user shares with sockerr, from Slack, each answer cached a little while. */
export interface ChannelDirectory {
  /** Public and private channels both are members of, by name; undefined when Slack would not say. */
  shared(userId: string): Promise<SharedChannel[] | undefined>;
}

interface Conversation {
  id?: string;
  name?: string;
}

/** Pages read at most (of 200 channels each). */
const MAX_PAGES = 10;
const TYPES = 'public_channel,private_channel';

/**
 * `users.conversations` for the bot (its channels) and for the user (their public channels, and
 * the private ones the bot shares): the channels in both. Needs `channels:read` and `groups:read`.
 */
export function createChannelDirectory(deps: {
  web: webApi.WebClient;
  calls: SlackCaller;
  now?: () => number;
}): ChannelDirectory {
  const { web, calls } = deps;
  const clock = deps.now ? { now: deps.now } : {};
  const bot = createTtlCache<Conversation[]>({ ttlMs: 5 * 60_000, maxEntries: 1, ...clock });
  const users = createTtlCache<Conversation[]>({ ttlMs: 60_000, maxEntries: 500, ...clock });

  const list = async (user?: string): Promise<Conversation[] | undefined> => {
    const found: Conversation[] = [];
    let cursor: string | undefined;
    for (let page = 0; page < MAX_PAGES; page += 1) {
      const answer = await calls.call(
        'users.conversations',
        () =>
          web.users.conversations({
            types: TYPES,
            exclude_archived: true,
            limit: 200,
            ...(user ? { user } : {}),
            ...(cursor ? { cursor } : {}),
          }),
        { waitForRateLimits: false },
      );
      if (!answer.ok) return page === 0 ? undefined : found;
      found.push(...((answer.value.channels ?? []) as Conversation[]));
      cursor = answer.value.response_metadata?.next_cursor || undefined;
      if (!cursor) break;
    }
    return found;
  };

  return {
    async shared(userId) {
      const [mine, theirs] = await Promise.all([
        bot.load('bot', () => list()),
        users.load(userId, () => list(userId)),
      ]);
      if (!mine || !theirs) return undefined;
      const theirIds = new Set(theirs.map((c) => c.id));
      return mine
        .filter((c): c is Conversation & { id: string } => typeof c.id === 'string' && theirIds.has(c.id))
        .map((c) => ({ channelId: c.id, ...(c.name ? { name: c.name } : {}) }))
        .sort((a, b) => (a.name ?? a.channelId).localeCompare(b.name ?? b.channelId));
    },
  };
}
