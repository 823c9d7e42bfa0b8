/** Reading files people share (Slack snippets and uploads, Discord attachments): capped, timed, text only. */
export { type FetchTextFailure, type FetchTextResult, fetchText } from './fetch-text.js';
