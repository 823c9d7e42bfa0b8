/** The terminal: the interactive shell channel (`npm start` without tokens) and the one-shot CLI. */
export { createShellAdapter } from './entry.js';
export { wantsColor } from './wants-color.js';
export { wantsPrompt } from './wants-prompt.js';
