// The baseline of sockerr's Slack rows: a bare Bolt app (run with plain `node`, like dist/main.js) that
// does no work of its own. It acks `/sockerr` with sockerr's own reply to `/sockerr 10053`, and answers
// every message event by posting sockerr's own auto-reply once in its thread. Both replies are copied
// from sockerr at the start of the bench (BENCH_REPLIES_FILE), so both apps send the same bytes.
import { readFileSync } from 'node:fs';
import { App } from '@slack/bolt';

const env = process.env;
const replies = JSON.parse(readFileSync(env.BENCH_REPLIES_FILE ?? '', 'utf8'));

const app = new App({
  token: env.SLACK_BOT_TOKEN,
  signingSecret: env.SLACK_SIGNING_SECRET ?? '',
  clientOptions: { slackApiUrl: env.SLACK_API_URL },
  customRoutes: [
    {
      path: '/healthz',
      method: ['GET'],
      handler: (_req, res) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end('{"ok":true}');
      },
    },
  ],
});

app.command('/sockerr', async ({ ack }) => {
  await ack(replies.command);
});

app.message(async ({ message, client }) => {
  await client.chat.postMessage({
    channel: message.channel,
    thread_ts: message.thread_ts ?? message.ts,
    ...replies.message,
  });
});

await app.start({ port: Number(env.PORT), host: env.HOST || '127.0.0.1' });
