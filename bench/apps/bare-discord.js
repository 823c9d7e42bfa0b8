// The baseline of sockerr's Discord row: a bare discord.js client (run with plain `node`) that replies
// once to every message from a person with sockerr's own auto-reply (copied from sockerr at the start
// of the bench, BENCH_REPLIES_FILE), so both apps send the same bytes.
import { readFileSync } from 'node:fs';
import { Client, Events, GatewayIntentBits } from 'discord.js';

const env = process.env;
const { discord: reply } = JSON.parse(readFileSync(env.BENCH_REPLIES_FILE ?? '', 'utf8'));

const client = new Client({
  intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.MessageContent],
  rest: { api: env.DISCORD_API_URL },
  allowedMentions: { parse: [], repliedUser: false },
});

client.on(Events.MessageCreate, (message) => {
  if (message.author.bot) return;
  message.reply({ ...reply, failIfNotExists: false }).catch((error) => {
    process.stderr.write(`reply failed: ${error}\n`);
  });
});

await client.login(env.DISCORD_TOKEN);
