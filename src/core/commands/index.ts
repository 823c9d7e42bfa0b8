/** `/sockerr <text>`: what it asks for, and the settings commands' replies. */
export { parseCommand } from './parse-command.js';
export { applySettings, badSettingReply, statusReply, topReply } from './settings-replies.js';
