/** Slack: Bolt over HTTP or Socket Mode. */
export { createSlackAdapter, type SlackAdapterOptions } from './entry.js';
