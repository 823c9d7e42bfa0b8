import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/** What an adapter's harness reports back: the reply as its platform would show it, as plain text. */
export interface ContractReply {
  /** All visible text of the reply, flattened (blocks, embed fields, terminal lines). */
  text: string;
  /** Whether only the asker sees it. */
  ephemeral: boolean;
  /** Whether it was posted in a thread / as a reply to the message it answers. */
  threaded: boolean;
  /** Whether the platform would notify anyone beyond the asker (`<!channel>`, `@everyone`, role pings). */
  pings: boolean;
}

/**
 * Drives one adapter end to end against its platform fake. Each call sends one platform event
 * and resolves with what the adapter posted in answer (after the adapter settled), or [] for silence.
 */
export interface AdapterHarness {
  start(): Promise<void>;
  stop(): Promise<void>;
  /** `/sockerr <text>` from a human user in a channel. */
  command(text: string): Promise<ContractReply[]>;
  /** A new message in a channel. `id` identifies the event: sending the same id again is a replay. */
  message(input: {
    id: string;
    text: string;
    fromBot?: boolean;
    inCommandChannel?: boolean;
  }): Promise<ContractReply[]>;
}

const TRACE = [
  'Traceback (most recent call last):',
  '  File "client.py", line 12, in <module>',
  'ConnectionResetError: [WinError 10054] An existing connection was forcibly closed by the remote host',
].join('\n');

/** The behaviour every adapter shares, the shell included. */
export function describeAdapterContract(name: string, makeHarness: () => AdapterHarness): void {
  describe(`${name} adapter contract`, () => {
    const harness = makeHarness();
    beforeAll(() => harness.start(), 30_000);
    afterAll(() => harness.stop(), 30_000);

    it('answers /sockerr 10053 with WSAECONNABORTED', async () => {
      const replies = await harness.command('10053');
      expect(replies).toHaveLength(1);
      expect(replies[0]?.text).toContain('WSAECONNABORTED');
    });

    it('answers a symbol in any case', async () => {
      const replies = await harness.command('econnreset');
      expect(replies[0]?.text).toContain('WSAECONNRESET');
    });

    it('explains a log line given to /sockerr', async () => {
      const replies = await harness.command('Error: connect ECONNREFUSED 127.0.0.1:5432');
      expect(replies).toHaveLength(1);
      expect(replies[0]?.text).toContain('WSAECONNREFUSED');
      expect(replies[0]?.text).toContain('sport = :5432');
    });

    it("offers a symbol with several readings as a choice that names each error's own command", async () => {
      const replies = await harness.command('EPIPE');
      expect(replies[0]?.text).toContain('/sockerr errno.EPIPE');
      expect(replies[0]?.text).toContain('/sockerr 10058');
    });

    it('says 0 is success, not an error', async () => {
      const replies = await harness.command('0');
      expect(replies[0]?.text).toContain('success, not an error');
    });

    it('tells the user politely when a query is not a socket error', async () => {
      const replies = await harness.command('definitely not an error zzqx');
      expect(replies).toHaveLength(1);
      expect(replies[0]?.text.toLowerCase()).toContain('not a socket error');
    });

    it('shows usage for an empty command', async () => {
      const replies = await harness.command('');
      expect(replies).toHaveLength(1);
      expect(replies[0]?.text).toContain('/sockerr');
    });

    it('never pings anyone when the query asks it to', async () => {
      const replies = await harness.command('<!channel> @everyone @here');
      expect(replies.length).toBeGreaterThan(0);
      for (const reply of replies) expect(reply.pings).toBe(false);
    });

    it('replies once, in a thread, to a pasted trace', async () => {
      const replies = await harness.message({ id: 'contract-trace-1', text: TRACE });
      expect(replies).toHaveLength(1);
      expect(replies[0]?.threaded).toBe(true);
      expect(replies[0]?.text).toContain('WSAECONNRESET');
    });

    it('does not reply again when the same event is delivered twice', async () => {
      const text = 'connect ECONNREFUSED 127.0.0.1:5432';
      expect(await harness.message({ id: 'contract-replay-1', text })).toHaveLength(1);
      expect(await harness.message({ id: 'contract-replay-1', text })).toHaveLength(0);
    });

    it('stays silent for a bot', async () => {
      const replies = await harness.message({ id: 'contract-bot-1', text: 'read ETIMEDOUT', fromBot: true });
      expect(replies).toHaveLength(0);
    });

    it('stays silent for text with no socket error', async () => {
      const replies = await harness.message({
        id: 'contract-plain-1',
        text: 'deploying build 10054 to port 10061 now',
      });
      expect(replies).toHaveLength(0);
    });

    it('never pings anyone from a pasted @everyone', async () => {
      const replies = await harness.message({
        id: 'contract-ping-1',
        text: '@everyone <!channel> getaddrinfo ENOTFOUND db.internal',
      });
      expect(replies).toHaveLength(1);
      expect(replies[0]?.pings).toBe(false);
    });

    it('shows the errors seen here with counts, bars and the change for /sockerr top 7d', async () => {
      await harness.message({ id: 'contract-top-1', text: TRACE, inCommandChannel: true });
      const replies = await harness.command('top 7d');
      expect(replies).toHaveLength(1);
      const text = replies[0]?.text ?? '';
      expect(text).toContain('last 7 days');
      expect(text).toMatch(/`█{10}`\s+\d+× 10054 WSAECONNRESET new/);
    });
  });
}
