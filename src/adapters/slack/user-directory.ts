import type { webApi } from '@slack/bolt';
import type { UserRef } from '../../core/index.js';
import { settleWithin } from '../settle-within.js';
import type { SlackCaller } from './calls.js';
import { createTtlCache } from './ttl-cache.js';

/** What sockerr needs to know about a Slack user, from one `users.info` call. */
interface UserInfo {
  locale?: string;
  /** Workspace admins and owners may change sockerr's settings. */
  isAdmin: boolean;
  /** A bot user (another app's): its files are not read. */
  isBot: boolean;
}

/** Users' locales and who may change settings, each answer from Slack cached. */
export interface UserDirectory {
  /** The user's Slack locale (`zh-TW`), or undefined when Slack did not say (within a second). */
  locale(userId: string): Promise<string | undefined>;
  /**
   * The user as core sees them, their locale loaded on demand. They may change sockerr's settings
   * as a workspace admin or owner, or listed in SOCKERR_SETTINGS_USERS by user id or through a
   * user group; when Slack could not say (a rate limit), core is told so. With `checkRole` false
   * (whatever does not change settings) the role is not looked up and reads as no permission.
   */
  userRef(userId: string, checkRole?: boolean): Promise<UserRef>;
  /** Whether the user is a bot; false when Slack did not say. */
  isBot(userId: string): Promise<boolean>;
}

export interface UserDirectoryDeps {
  web: webApi.WebClient;
  calls: SlackCaller;
  /** SOCKERR_SETTINGS_USERS: user ids (U…, W…) and user-group ids (S…). */
  settingsUsers: readonly string[];
  /** How long an answer is trusted; a demoted admin keeps the right at most this long. Default 10 min. */
  ttlMs?: number;
  now?: () => number;
}

/**
 * How long a reply waits for its reader's language. users.info may take as long as a call's whole
 * budget (25 s) when Slack is slow: a reply in the channel's language or English beats one that
 * late, or a slash command answered after its ack. The look-up goes on, and the next reply has it.
 */
const LOCALE_WAIT_MS = 1000;

export function createUserDirectory(deps: UserDirectoryDeps): UserDirectory {
  const { web, calls } = deps;
  const cacheOptions = { ttlMs: deps.ttlMs ?? 10 * 60_000, ...(deps.now ? { now: deps.now } : {}) };
  const users = createTtlCache<UserInfo>(cacheOptions);
  const groups = createTtlCache<ReadonlySet<string>>({ ...cacheOptions, maxEntries: 200 });
  const allowedUsers = new Set(deps.settingsUsers.filter((id) => !id.startsWith('S')));
  const allowedGroups = deps.settingsUsers.filter((id) => id.startsWith('S'));

  // A rate limit is not worth waiting for here: English will do, and a refusal says who can.
  const info = (userId: string) =>
    users.load(userId, async () => {
      const found = await calls.call(
        'users.info',
        () => web.users.info({ user: userId, include_locale: true }),
        { waitForRateLimits: false },
      );
      if (!found.ok) return undefined;
      const user = found.value.user;
      return {
        ...(typeof user?.locale === 'string' ? { locale: user.locale } : {}),
        isAdmin: user?.is_admin === true || user?.is_owner === true || user?.is_primary_owner === true,
        isBot: user?.is_bot === true,
      };
    });

  const members = (groupId: string) =>
    groups.load(groupId, async () => {
      const found = await calls.call(
        'usergroups.users.list',
        () => web.usergroups.users.list({ usergroup: groupId }),
        { waitForRateLimits: false },
      );
      return found.ok ? new Set(found.value.users ?? []) : undefined;
    });

  /** true or false, or undefined when Slack did not answer a look-up that could have said true. */
  const access = async (userId: string): Promise<boolean | undefined> => {
    if (allowedUsers.has(userId)) return true;
    const user = await info(userId);
    if (user?.isAdmin) return true;
    let unknown = user === undefined;
    for (const group of allowedGroups) {
      const listed = await members(group);
      if (listed?.has(userId)) return true;
      if (!listed) unknown = true;
    }
    return unknown ? undefined : false;
  };
  const locale = async (userId: string) =>
    (await settleWithin(info(userId), LOCALE_WAIT_MS, undefined))?.locale;

  return {
    locale,
    isBot: async (userId) => (await info(userId))?.isBot === true,
    async userRef(userId, checkRole = true) {
      const may = checkRole ? await access(userId) : false;
      return {
        id: userId,
        canManage: may === true,
        ...(may === undefined ? { canManageUnknown: true } : {}),
        loadLocale: () => locale(userId),
      };
    },
  };
}
