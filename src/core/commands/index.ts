/** `/sockerr <text>`: what it asks for, and the settings, status and top commands' replies. */
export { changesSettings, parseCommand } from './parse-command.js';
export {
  applySettings,
  badSettingReply,
  LANGUAGE_NAMES,
  MODE_KEYS,
  statusReply,
  unknownPermissionReply,
} from './settings-replies.js';
export { noteStoreUnavailable, settingsOrDefaults } from './store-note.js';
export { badPeriodReply, topReply } from './top-reply.js';
