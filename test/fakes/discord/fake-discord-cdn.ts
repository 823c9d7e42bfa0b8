import type { IncomingMessage, ServerResponse } from 'node:http';
import withAttachment from '../../fixtures/discord/message-create-attachment.json' with { type: 'json' };

/** A file attached to a message, as the fake CDN keeps it. */
interface FakeAttachment {
  id: string;
  filename: string;
  /** Absent as Discord sometimes leaves `content_type` out (ebibibi/ebi-agent-chat-relay#211). */
  contentType?: string;
  content: string | Uint8Array;
  /** Served with this status instead (a CDN in trouble: 503). */
  status?: number;
}

/** Discord's CDN for attachments, on the fake's own server: `GET /attachments/<channel>/<id>/<name>`. */
export interface FakeCdn {
  /** Keeps a file; returns its attachment object as Discord puts it in a message (`url` on the fake). */
  add(channelId: string, file: FakeAttachment): Record<string, unknown>;
  /** Downloads so far, by attachment id. */
  readonly downloads: string[];
  /** Serves a download; false for other paths. */
  serve(req: IncomingMessage, res: ServerResponse): boolean;
}

export function createFakeCdn(base: () => string): FakeCdn {
  const files = new Map<string, FakeAttachment>();
  const downloads: string[] = [];
  const bytes = (f: FakeAttachment) =>
    typeof f.content === 'string' ? new TextEncoder().encode(f.content) : f.content;
  return {
    downloads,
    add(channelId, file) {
      files.set(file.id, file);
      // The recorded attachment object, on the fake's host; the query string stands for the CDN's
      // signature (ex/is/hm), which discord.js keeps as it is.
      const path = `/attachments/${channelId}/${file.id}/${file.filename}?ex=67e1a2b3&is=67e05133&hm=0f1e2d3c`;
      const { content_type: _recorded, ...recorded } = withAttachment.attachments[0] ?? {};
      return {
        ...recorded,
        id: file.id,
        filename: file.filename,
        size: bytes(file).byteLength,
        url: `${base()}${path}`,
        proxy_url: `${base()}${path}`,
        ...(file.contentType === undefined ? {} : { content_type: file.contentType }),
      };
    },
    serve(req, res) {
      const match = (req.url ?? '').match(/^\/attachments\/\d+\/(\d+)\/[^/?]+(\?.*)?$/);
      if (!match?.[1] || req.method !== 'GET') return false;
      downloads.push(match[1]);
      const file = files.get(match[1]);
      if (!file) {
        res.writeHead(404).end();
        return true;
      }
      if (file.status) {
        res.writeHead(file.status).end();
        return true;
      }
      const body = bytes(file);
      res
        .writeHead(200, {
          'content-type': file.contentType ?? 'application/octet-stream',
          'content-length': String(body.byteLength),
        })
        .end(body);
      return true;
    },
  };
}
