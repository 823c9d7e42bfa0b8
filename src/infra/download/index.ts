/** Reading files people share (Slack snippets and uploads, Discord attachments): capped, timed, text only. */
export { fetchText, notFetched } from './fetch-text.js';
export { classifyTextFile, type TextFileKind } from './text-file-kind.js';
export { unreadReason } from './unread-reason.js';
