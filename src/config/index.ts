/** Configuration: every variable declared once, read once, validated and frozen. */

export { ConfigError } from './config-error.js';
export { renderEnvExample, updateReadmeTable } from './docs.js';
export {
  type Config,
  type DiscordConfig,
  loadConfig,
  type SlackConfig,
} from './load-config.js';
