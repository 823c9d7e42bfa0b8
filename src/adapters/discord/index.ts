/** Discord: discord.js over the gateway, and the command registration CLI. */
export { createDiscordAdapter, type DiscordAdapterOptions } from './entry.js';
