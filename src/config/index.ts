/** Configuration: every variable declared once, read once, validated and frozen. */
export { renderEnvExample, updateReadmeTable } from './docs.js';
export {
  type Config,
  ConfigError,
  type DiscordConfig,
  loadConfig,
  type SlackConfig,
} from './load-config.js';
