import type { Logger, UnreadFile } from '../../core/index.js';
import { classifyTextFile, fetchText, notFetched, unreadReason } from '../../infra/download/index.js';
import type { Metrics } from '../../infra/metrics/index.js';
import { createSlots, type Slots } from '../../infra/slots/index.js';
import { DISCORD_LIMITS } from './limits.js';

/** What sockerr reads of an attachment (discord.js `Attachment` has these). */
export interface AttachmentLike {
  id: string;
  name: string;
  contentType: string | null;
  size: number;
  url: string;
}

/** Reads a message's text attachments: `message.txt` (a long message), log and data files, gzip or not. */
export interface AttachmentReader {
  /**
   * The text of the readable attachments, joined; '' when there is none. `unread`, when given, gets
   * each attachment that was not read and why, for an answer to say so.
   */
  readText(
    attachments: readonly AttachmentLike[],
    channelId: string,
    options?: { unread?: UnreadFile[] },
  ): Promise<string>;
}

export interface AttachmentReaderDeps {
  logger: Logger;
  /** SOCKERR_MAX_FILE_BYTES: the most attachment text read for one message, all its files together. */
  maxBytes: number;
  /** DISCORD_API_URL: attachments on its host are fetched too (a REST proxy, tests). */
  apiUrl?: string;
  timeoutMs?: number;
  /** Counts downloads that failed (`sockerr_platform_api_failures_total`, method `attachment.download`). */
  metrics?: Pick<Metrics, 'apiFailure'>;
  /** Turns at downloading, shared by all messages; by default DISCORD_LIMITS.attachmentDownloads at once. */
  slots?: Slots;
}

/** Discord's attachment hosts. */
const CDN_HOSTS = new Set(['cdn.discordapp.com', 'media.discordapp.net']);

/** How to read an attachment, or why not (Discord's `content_type` may be absent, or a guess). */
const kindOf = (attachment: AttachmentLike) =>
  classifyTextFile({ name: attachment.name, mimetype: attachment.contentType });

/** Whether an attachment is worth downloading: text, or gzip-compressed text (`.log.gz`). */
export const isReadableAttachment = (attachment: AttachmentLike): boolean => kindOf(attachment).read;

/**
 * Fetches attachments from their (absolute, signed) URL with Node's fetch: text only (inflated when
 * gzip), within the size cap (streamed, never buffered past it) and a deadline; only from Discord's
 * CDN (or the configured API host). Anything skipped is one debug line.
 */
export function createAttachmentReader(deps: AttachmentReaderDeps): AttachmentReader {
  const { logger } = deps;
  const apiHost = deps.apiUrl ? new URL(deps.apiUrl).host : undefined;
  const allowed = (url: URL) =>
    url.host === apiHost || (url.protocol === 'https:' && CDN_HOSTS.has(url.hostname));
  const skip = (a: AttachmentLike, channelId: string, reason: string) =>
    logger.debug('skipped a Discord attachment', { attachment: a.id, channelId, reason });
  const slots =
    deps.slots ?? createSlots(DISCORD_LIMITS.attachmentDownloads, DISCORD_LIMITS.attachmentQueueMs);

  return {
    async readText(attachments, channelId, options = {}) {
      const texts: string[] = [];
      let budget = deps.maxBytes;
      for (const a of attachments.slice(0, DISCORD_LIMITS.attachments)) {
        const kind = kindOf(a);
        const leave = (reason: string) => {
          skip(a, channelId, reason);
          options.unread?.push({ name: a.name, reason: unreadReason(reason) });
        };
        if (!kind.read) {
          leave(kind.reason);
          continue;
        }
        if (a.size > budget) {
          leave('too-large');
          continue;
        }
        const url = URL.canParse(a.url) ? new URL(a.url) : undefined;
        if (!url || !allowed(url)) {
          leave('not-a-discord-url');
          continue;
        }
        const got = await fetchText(url.href, {
          maxBytes: budget,
          timeoutMs: deps.timeoutMs ?? DISCORD_LIMITS.attachmentDownloadMs,
          gzip: kind.gzip,
          turns: slots,
        });
        if (!got.ok) {
          const { reason } = got;
          // Named in the answer to whoever asked, as those refused unread above.
          options.unread?.push({ name: a.name, reason: unreadReason(reason) });
          if (notFetched(reason)) {
            deps.metrics?.apiFailure('discord', 'attachment.download', reason);
            logger.warn('could not download a Discord attachment, so its text went unread', {
              attachment: a.id,
              channelId,
              reason,
            });
          } else skip(a, channelId, reason);
          continue;
        }
        texts.push(got.text);
        budget -= got.bytes;
      }
      return texts.join('\n');
    },
  };
}
