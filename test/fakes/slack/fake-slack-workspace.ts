import type { IncomingMessage, ServerResponse } from 'node:http';
import { checkSlackView } from './check-slack-message.js';

/** A file someone shared, as the fake keeps it. */
export interface FakeFileInput {
  id: string;
  name: string;
  /** `text/plain`, `application/octet-stream`… */
  mimetype: string;
  filetype: string;
  /** `snippet` for a text snippet, `hosted` for an upload. */
  mode: 'snippet' | 'hosted';
  content: string | Uint8Array;
  user: string;
  channel: string;
  ts: string;
  threadTs?: string;
}

type Json = Record<string, unknown>;

/** The parts of the fake Slack beyond messages: files, conversations, App Home views, deletions. */
export interface FakeSlackWorkspace {
  /** Keeps a file; returns its object as Slack puts it in a `file_share` message's `files`. */
  addFile(file: FakeFileInput): Json;
  /** The same file as a message event carries it when Slack wants the app to ask `files.info`. */
  partialFile(id: string): Json;
  /** Public and private channels (id → name), and who is in each (the bot too, by its user id). */
  readonly channels: Map<string, { name: string; members: Set<string> }>;
  /** Views published with `views.publish`, by user id (the latest last). */
  readonly views: Map<string, Json[]>;
  /** Downloads of file URLs: which file, and whether the bot token came with it. */
  readonly downloads: { fileId: string; authorized: boolean }[];
  /**
   * Makes file downloads share one link of `bytesPerSecond` (as a small host's connection to
   * Slack's file servers is shared): downloads at once each get a part of it. Undefined: no limit.
   */
  throttle(bytesPerSecond: number | undefined): void;
  answer(method: string, params: Json): Json | undefined;
  /** Serves `GET /files-pri/…`; false for other paths. */
  serve(req: IncomingMessage, res: ServerResponse, url: URL): boolean;
}

export function createFakeSlackWorkspace(base: string, botToken: string, teamId: string): FakeSlackWorkspace {
  const files = new Map<string, FakeFileInput>();
  const channels = new Map<string, { name: string; members: Set<string> }>();
  const views = new Map<string, Json[]>();
  const downloads: { fileId: string; authorized: boolean }[] = [];
  let link: { bytesPerSecond: number; freeAt: number } | undefined;
  /** When the shared link has carried `bytes` more, after what it already carries. */
  const sendAfter = (bytes: number, send: () => void) => {
    if (!link) return void setImmediate(send);
    link.freeAt = Math.max(performance.now(), link.freeAt) + (bytes / link.bytesPerSecond) * 1000;
    setTimeout(send, link.freeAt - performance.now());
  };
  const bytes = (f: FakeFileInput) =>
    typeof f.content === 'string' ? new TextEncoder().encode(f.content) : f.content;

  // The shape of Slack's file object (api.slack.com/types/file; a recorded snippet in SOURCES.md).
  const fileObject = (f: FakeFileInput): Json => ({
    id: f.id,
    created: Math.floor(Number(f.ts)),
    timestamp: Math.floor(Number(f.ts)),
    name: f.name,
    title: f.name,
    mimetype: f.mimetype,
    filetype: f.filetype,
    pretty_type: f.filetype === 'text' ? 'Plain Text' : f.filetype,
    user: f.user,
    user_team: teamId,
    editable: f.mode === 'snippet',
    size: bytes(f).byteLength,
    mode: f.mode,
    is_external: false,
    external_type: '',
    is_public: true,
    public_url_shared: false,
    display_as_bot: false,
    username: '',
    url_private: `${base}/files-pri/${teamId}-${f.id}/${encodeURIComponent(f.name)}`,
    url_private_download: `${base}/files-pri/${teamId}-${f.id}/download/${encodeURIComponent(f.name)}`,
    permalink: `https://fake.slack.test/files/${f.user}/${f.id}/${f.name}`,
    file_access: 'visible',
  });

  const share = (f: FakeFileInput): Json => ({
    [channels.get(f.channel)?.name.startsWith('private') ? 'private' : 'public']: {
      [f.channel]: [
        {
          reply_users: [],
          reply_users_count: 0,
          reply_count: 0,
          ts: f.ts,
          ...(f.threadTs ? { thread_ts: f.threadTs } : {}),
          channel_name: channels.get(f.channel)?.name ?? 'general',
          team_id: teamId,
        },
      ],
    },
  });

  return {
    channels,
    views,
    downloads,
    throttle(bytesPerSecond) {
      link = bytesPerSecond === undefined ? undefined : { bytesPerSecond, freeAt: 0 };
    },
    addFile(file) {
      files.set(file.id, file);
      return fileObject(file);
    },
    partialFile: (id) => ({
      id,
      mode: 'file_access',
      file_access: 'check_file_info',
      created: 0,
      timestamp: 0,
      user: '',
    }),
    answer(method, params) {
      switch (method) {
        case 'files.info': {
          const f = files.get(String(params.file ?? ''));
          return f
            ? { ok: true, file: { ...fileObject(f), shares: share(f) } }
            : { ok: false, error: 'file_not_found' };
        }
        case 'users.conversations': {
          const member = String(params.user ?? 'U0SOCKERR');
          const list = [...channels]
            .filter(([, c]) => c.members.has(member))
            // Private channels of another user show only where the bot is a member too.
            .filter(([, c]) => !c.name.startsWith('private') || c.members.has('U0SOCKERR'))
            .map(([id, c]) => ({
              id,
              name: c.name,
              is_channel: true,
              is_private: c.name.startsWith('private'),
            }));
          return { ok: true, channels: list, response_metadata: { next_cursor: '' } };
        }
        case 'views.publish': {
          const problem = checkSlackView(params.view);
          if (problem) return { ok: false, error: problem };
          const user = String(params.user_id ?? '');
          views.set(user, [...(views.get(user) ?? []), params.view as Json]);
          return { ok: true, view: { id: 'V0HOME', type: 'home', ...(params.view as Json) } };
        }
        case 'chat.delete':
          return params.channel && params.ts
            ? { ok: true, channel: params.channel, ts: params.ts }
            : { ok: false, error: 'message_not_found' };
        default:
          return undefined;
      }
    },
    serve(req, res, url) {
      const match = url.pathname.match(/^\/files-pri\/[A-Z0-9]+-(F[A-Z0-9]+)\/(?:download\/)?[^/]+$/);
      if (url.pathname === '/signin') {
        res
          .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
          .end('<!DOCTYPE html><title>Sign in</title>');
        return true;
      }
      if (!match?.[1] || req.method !== 'GET') return false;
      const authorized = req.headers.authorization === `Bearer ${botToken}`;
      downloads.push({ fileId: match[1], authorized });
      // Slack sends a request without the token to its sign-in page.
      if (!authorized) {
        res.writeHead(302, { location: `${base}/signin` }).end();
        return true;
      }
      const f = files.get(match[1]);
      if (!f) {
        res.writeHead(404).end();
        return true;
      }
      const body = bytes(f);
      res.writeHead(200, { 'content-type': f.mimetype, 'content-length': String(body.byteLength) });
      // In chunks, as a large file comes: a reader that stops early must not need all of it.
      let at = 0;
      const next = () => {
        if (res.destroyed) return;
        if (at >= body.byteLength) return void res.end();
        const chunk = body.subarray(at, at + 64 * 1024);
        at += chunk.byteLength;
        sendAfter(chunk.byteLength, () => {
          if (res.destroyed) return;
          if (res.write(chunk)) next();
          else res.once('drain', next);
        });
      };
      next();
      return true;
    },
  };
}
