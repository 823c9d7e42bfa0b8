/**
 * `npm run discord:commands`: registers sockerr's commands with Discord (globally, or in the server
 * named by DISCORD_GUILD_ID) and prints the invite URL. Sends nothing when nothing changed.
 */
import { DiscordAPIError, REST } from 'discord.js';
import { loadDotenv } from '../../app/load-dotenv.js';
import { ConfigError, loadConfig } from '../../config/index.js';
import { buildInviteUrl } from './invite.js';
import { registerCommands } from './register-commands.js';

async function main(): Promise<number> {
  let config: ReturnType<typeof loadConfig>;
  try {
    // `.env` as `npm start` reads it: `dotenv/config` read a UTF-16 one (Windows PowerShell's `>`)
    // as no variable at all, and this said to set DISCORD_TOKEN beside a file that sets it.
    loadDotenv();
    config = loadConfig(process.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\n`);
    return 1;
  }
  const discord = config.discord;
  if (!discord) {
    process.stderr.write(
      'Set DISCORD_TOKEN ("Bot → Reset Token") and DISCORD_APPLICATION_ID ("General Information") first.\n',
    );
    return 1;
  }
  const rest = new REST(discord.apiUrl ? { api: discord.apiUrl } : {}).setToken(discord.token);
  const where = discord.guildId ? `server ${discord.guildId}` : 'all servers (global)';
  try {
    const { changes } = await registerCommands({
      rest,
      applicationId: discord.applicationId,
      ...(discord.guildId ? { guildId: discord.guildId } : {}),
    });
    process.stdout.write(
      changes.length === 0
        ? `Discord commands for ${where} are up to date; nothing sent.\n`
        : `Updated Discord commands for ${where}: ${changes.join(', ')}\n`,
    );
    if (!discord.guildId && changes.length > 0) {
      process.stdout.write('Global commands can take a few minutes to appear in every server.\n');
    }
    process.stdout.write(`Invite sockerr to a server: ${buildInviteUrl(discord.applicationId)}\n`);
    return 0;
  } catch (error) {
    if (error instanceof DiscordAPIError && error.status === 401) {
      process.stderr.write('Discord rejected DISCORD_TOKEN (401): reset it under "Bot → Reset Token".\n');
    } else if (error instanceof DiscordAPIError && error.status === 403) {
      process.stderr.write(
        `Discord refused (403 ${error.message}): is the bot in server ${discord.guildId ?? ''} with the applications.commands scope?\n`,
      );
    } else {
      process.stderr.write(`Could not register Discord commands: ${(error as Error).message}\n`);
    }
    return 1;
  }
}

process.exitCode = await main();
