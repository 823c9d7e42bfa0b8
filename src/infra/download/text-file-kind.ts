/** What a shared file's labels say about reading it: as text (gzip-compressed or not), or not at all. */
export type TextFileKind =
  | { read: true; gzip: boolean }
  | { read: false; reason: 'binary' | 'archive' | 'unsupported-compression' };

/** A file's labels as the platform gives them: its name, its media type, and Slack's own `filetype`. */
export interface FileLabels {
  name?: string | null | undefined;
  mimetype?: string | null | undefined;
  /** Slack's `filetype` (api.slack.com/types/file#types), which does not map 1:1 onto the mimetype. */
  filetype?: string | null | undefined;
}

/**
 * Extensions of the text people attach from an incident: logs and captured streams, and structured
 * logs and data (JSON lines, YAML, XML, CSV). `.har` is JSON too, and Chromium's `net::ERR_…` in it
 * are errors sockerr knows.
 */
const TEXT_EXTENSIONS = 'txt|log|out|err|trace|stderr|stdout|json|jsonl|ndjson|yaml|yml|xml|csv|tsv|har';
/** Logs whose names have no extension: `syslog`, `messages` (RHEL), `dmesg`. */
const LOG_NAMES = 'syslog|messages|dmesg';
/**
 * A text name, or one rotated: logrotate's `app.log.1` and `messages-20260105`, log4j's
 * `app.log.2026-01-05`.
 */
const TEXT_NAME = new RegExp(`(?:\\.(?:${TEXT_EXTENSIONS})|^(?:${LOG_NAMES}))(?:[.-]\\d+)*$`, 'i');
/** Archives hold many files, binary headers among them: not read (`.tar.gz` is one, not a gzip log). */
const ARCHIVE_NAME = /\.(?:zip|tar|tgz|tar\.gz|7z|rar)$/i;
/** Compressed with what node:zlib cannot inflate. */
const OTHER_COMPRESSION_NAME = /\.(?:bz2|xz|zst|lz4|lzma|z)$/i;

const TEXT_MIMETYPES = new Set([
  'application/json',
  'application/x-ndjson',
  'application/ndjson',
  'application/jsonl',
  'application/xml',
  'application/yaml',
  'application/x-yaml',
]);
const GZIP_MIMETYPES = new Set(['application/gzip', 'application/x-gzip']);
const ARCHIVE_MIMETYPES = new Set([
  'application/zip',
  'application/x-zip-compressed',
  'application/x-tar',
  'application/x-7z-compressed',
  'application/vnd.rar',
  'application/x-rar-compressed',
]);
const OTHER_COMPRESSION_MIMETYPES = new Set(['application/x-bzip2', 'application/x-xz', 'application/zstd']);
/** Slack's filetypes for plain text and text data; source-code types come with a `text/*` mimetype. */
const TEXT_FILETYPES = new Set(['text', 'csv', 'tsv', 'json', 'xml', 'yaml']);
const ARCHIVE_FILETYPES = new Set(['zip', 'tar']);

/**
 * Whether a shared file is a text file worth reading, and whether it is gzip-compressed, from its
 * labels alone (the download then checks its bytes: a NUL is binary, gzip's magic is inflated).
 * The name decides first: Discord derives `content_type` from the name's inner extension, so
 * `x.mp3.gz` comes as `audio/mpeg` (discord-api-docs#6785), and an attachment may have no type at all.
 */
export function classifyTextFile(file: FileLabels): TextFileKind {
  const name = (file.name ?? '').trim();
  const mimetype = (file.mimetype ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  const filetype = (file.filetype ?? '').toLowerCase();

  if (ARCHIVE_NAME.test(name)) return { read: false, reason: 'archive' };
  if (OTHER_COMPRESSION_NAME.test(name)) return { read: false, reason: 'unsupported-compression' };
  if (/\.gz$/i.test(name)) return { read: true, gzip: true };
  if (TEXT_NAME.test(name)) return { read: true, gzip: false };

  if (GZIP_MIMETYPES.has(mimetype) || filetype === 'gzip') return { read: true, gzip: true };
  if (ARCHIVE_MIMETYPES.has(mimetype) || ARCHIVE_FILETYPES.has(filetype))
    return { read: false, reason: 'archive' };
  if (OTHER_COMPRESSION_MIMETYPES.has(mimetype)) return { read: false, reason: 'unsupported-compression' };
  if (isTextMimetype(mimetype) || TEXT_FILETYPES.has(filetype)) return { read: true, gzip: false };
  return { read: false, reason: 'binary' };
}

/** `text/*`, the JSON, XML and YAML types, and any `+json`/`+xml` type (RFC 6839: `application/har+json`). */
function isTextMimetype(mimetype: string): boolean {
  return (
    mimetype.startsWith('text/') ||
    TEXT_MIMETYPES.has(mimetype) ||
    mimetype.endsWith('+json') ||
    mimetype.endsWith('+xml')
  );
}
