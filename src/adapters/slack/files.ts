import type { webApi } from '@slack/bolt';
import type { Logger, UnreadFile } from '../../core/index.js';
import {
  classifyTextFile,
  fetchText,
  notFetched,
  type TextFileKind,
  unreadReason,
} from '../../infra/download/index.js';
import type { Metrics } from '../../infra/metrics/index.js';
import { createSlots, type Slots } from '../../infra/slots/index.js';
import type { SlackCaller } from './calls.js';
import { checkPayload } from './check-payload.js';
import { type SlackFile, slackFileSchema } from './file-schema.js';
import { SLACK_LIMITS } from './limits.js';
import type { UserDirectory } from './user-directory.js';

/** Reads the text of files shared in Slack: snippets, and uploads that are text or gzip-compressed text. */
export interface SlackFileReader {
  /**
   * The text of the readable files among `files`, joined; '' when there is none. Bots' files are
   * left out unless `fromBots` (a person asked for that message: the shortcut). `unread`, when
   * given, gets each file that was not read and why, for an answer to say so.
   */
  readText(
    files: readonly SlackFile[],
    channel: string,
    options?: { fromBots?: boolean; unread?: UnreadFile[] },
  ): Promise<string>;
  /** `files.info`: the whole file object, or undefined when Slack would not say. */
  info(fileId: string): Promise<SlackFile | undefined>;
}

export interface SlackFileReaderDeps {
  web: webApi.WebClient;
  calls: SlackCaller;
  users: UserDirectory;
  logger: Logger;
  botToken: string;
  /** SOCKERR_MAX_FILE_BYTES: the most file text read for one message, all its files together. */
  maxBytes: number;
  /** SLACK_API_URL: its host may receive the bot token too (GovSlack, a proxy, tests). */
  apiUrl?: string;
  timeoutMs?: number;
  /** Counts downloads that failed (`sockerr_platform_api_failures_total`, method `file.download`). */
  metrics?: Pick<Metrics, 'apiFailure'>;
  /** Turns at downloading, shared by all messages; by default SLACK_LIMITS.fileDownloads at once. */
  slots?: Slots;
}

/** Files that are not in Slack (Google Drive…), deleted, or hidden by the free plan's limit. */
const UNREADABLE_MODES = new Set(['external', 'tombstone', 'hidden_by_limit', 'email']);

/** How to read a file (a snippet is always text), or why not, for the debug line. */
function kindOf(file: SlackFile): TextFileKind | { read: false; reason: 'not-hosted' } {
  if (file.is_external || (file.mode && UNREADABLE_MODES.has(file.mode)))
    return { read: false, reason: 'not-hosted' };
  if (file.mode === 'snippet') return { read: true, gzip: false };
  return classifyTextFile(file);
}

/** A file as Slack shows it in the message: its name, else its title, else its id. */
const nameOf = (file: SlackFile) => file.name || file.title || file.id;

/** Files in a message event may be partial: only files.info has their type and URL. */
const isPartial = (file: SlackFile) =>
  file.file_access === 'check_file_info' ||
  !(file.url_private_download ?? file.url_private) ||
  !file.mimetype;

export function createSlackFileReader(deps: SlackFileReaderDeps): SlackFileReader {
  const { web, calls, logger } = deps;
  const apiHost = deps.apiUrl ? new URL(deps.apiUrl).host : undefined;
  // The bot token goes only to Slack's own file hosts (and SLACK_API_URL's), never to a URL a payload names elsewhere.
  const mayAuthorize = (url: URL) =>
    url.host === apiHost || (url.protocol === 'https:' && /(^|\.)slack(-gov)?\.com$/.test(url.hostname));
  const skip = (file: SlackFile, channel: string, reason: string, fields: Record<string, unknown> = {}) => {
    logger.debug('skipped a Slack file', { file: file.id, channel, reason, ...fields });
    return { skipped: reason, name: nameOf(file) };
  };
  const slots = deps.slots ?? createSlots(SLACK_LIMITS.fileDownloads, SLACK_LIMITS.fileQueueMs);

  const info = async (fileId: string): Promise<SlackFile | undefined> => {
    const found = await calls.call('files.info', () => web.files.info({ file: fileId }), { channel: fileId });
    if (!found.ok) return undefined;
    const parsed = checkPayload(slackFileSchema, found.value.file);
    return parsed.success ? parsed.data : undefined;
  };

  /** One file's text within `budget` bytes, or why it was not read (with a log line saying so). */
  const readOne = async (
    given: SlackFile,
    channel: string,
    budget: number,
    fromBots: boolean,
  ): Promise<{ text: string; bytes: number } | { skipped: string; name: string }> => {
    const file = isPartial(given) ? ((await info(given.id)) ?? given) : given;
    const kind = kindOf(file);
    if (!kind.read)
      return skip(file, channel, kind.reason, {
        mimetype: file.mimetype,
        filetype: file.filetype,
        mode: file.mode,
      });
    // Unasked, a bot's upload is not read (a file_shared event does not say who shared it).
    if (!fromBots && (file.bot_id || (file.user && (await deps.users.isBot(file.user)))))
      return skip(file, channel, 'bot');
    if ((file.size ?? 0) > budget) return skip(file, channel, 'too-large', { size: file.size, budget });
    const raw = file.url_private_download ?? file.url_private;
    const url = raw && URL.canParse(raw) ? new URL(raw) : undefined;
    if (!url || !mayAuthorize(url)) return skip(file, channel, 'not-a-slack-url');
    const got = await fetchText(url.href, {
      headers: { Authorization: `Bearer ${deps.botToken}` },
      maxBytes: budget,
      timeoutMs: deps.timeoutMs ?? SLACK_LIMITS.fileDownloadMs,
      gzip: kind.gzip,
      turns: slots,
    });
    if (!got.ok) {
      const { reason } = got;
      if (!notFetched(reason)) return skip(file, channel, reason);
      deps.metrics?.apiFailure('slack', 'file.download', reason);
      logger.warn('could not download a Slack file, so its text went unread', {
        file: file.id,
        channel,
        reason,
      });
      return { skipped: reason, name: nameOf(file) };
    }
    // Without files:read Slack answers the download with its sign-in page, as 200 text/html.
    if (/text\/html/i.test(got.contentType) && !/html/i.test(file.mimetype ?? '')) {
      logger.warn('Slack sent a web page instead of a file: add the files:read scope and reinstall the app', {
        file: file.id,
        channel,
      });
      return { skipped: 'sign-in-page', name: nameOf(file) };
    }
    return got;
  };

  return {
    info,
    async readText(files, channel, options = {}) {
      const texts: string[] = [];
      let budget = deps.maxBytes;
      for (const file of files.slice(0, SLACK_LIMITS.inbound.files)) {
        const read = await readOne(file, channel, budget, options.fromBots === true);
        if ('skipped' in read) {
          // A bot's file left unread, unasked, is no part of an answer.
          if (read.skipped !== 'bot')
            options.unread?.push({ name: read.name, reason: unreadReason(read.skipped) });
          continue;
        }
        texts.push(read.text);
        budget -= read.bytes;
      }
      return texts.join('\n');
    },
  };
}
