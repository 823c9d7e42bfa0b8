import { flattenSlackMessage, wouldPing } from '../../fakes/slack/read-posted-message.js';
import { testCore } from '../../helpers/core.js';
import type { AdapterHarness, ContractReply } from '../adapter-contract.js';
import { describeAdapterContract } from '../adapter-contract.js';
import { createSlackHarness, type SlackHarness } from './harness.js';
import { messageEvent, slashCommand } from './payloads.js';

/** The shared adapter contract, driven through signed HTTP requests against the fake Slack. */
function slackContractHarness(): AdapterHarness {
  let h: SlackHarness | undefined;
  const harness = () => {
    if (!h) throw new Error('harness not started');
    return h;
  };
  const delivered = new Set<string>();
  return {
    async start() {
      h = await createSlackHarness({ mode: 'http', core: testCore().core });
      await h.start();
    },
    stop: () => harness().stop(),
    async command(text) {
      const { answers } = await harness().deliver('command', slashCommand(harness().fake, text));
      return answers.map(
        (r): ContractReply => ({
          text: flattenSlackMessage(r.body),
          ephemeral: r.body.response_type !== 'in_channel',
          threaded: false,
          pings: wouldPing(r.body),
        }),
      );
    },
    async message({ id, text, fromBot, inCommandChannel }) {
      // Sending an id again is a replay: Slack marks its retries with X-Slack-Retry-Num.
      const retryNum = delivered.has(id) ? 1 : undefined;
      delivered.add(id);
      const event = messageEvent({
        id,
        typed: text,
        fromBot: fromBot ?? false,
        // Each message in a channel of its own (no cooldown between tests), unless asked otherwise.
        channel: inCommandChannel ? 'C0ONCALL' : `C0${id.toUpperCase().replace(/\W/g, '')}`,
      });
      const { calls } = await harness().deliver('event', event, retryNum === undefined ? {} : { retryNum });
      return calls
        .filter(
          (c) =>
            (c.method === 'chat.postMessage' || c.method === 'chat.postEphemeral') && c.response.ok === true,
        )
        .map((c) => ({
          text: flattenSlackMessage(c.params),
          ephemeral: c.method === 'chat.postEphemeral',
          threaded: typeof c.params.thread_ts === 'string',
          pings: wouldPing(c.params),
        }));
    },
  };
}

describeAdapterContract('slack', slackContractHarness);
