/** The terminal: the interactive shell channel (`npm start` without tokens) and the one-shot CLI. */
export { createShellAdapter, type ShellAdapter, type ShellOptions } from './entry.js';
