import { describe, expect, it } from 'vitest';
import type { ChannelRef, MessageInput, UserRef } from '../../../src/core/index.js';
import { StoreUnavailableError } from '../../../src/core/index.js';
import { createMemoryStore } from '../../../src/infra/store/index.js';
import { testCore } from '../../helpers/core.js';

const channel: ChannelRef = { platform: 'slack', workspaceId: 'T1', channelId: 'C1' };
const admin: UserRef = { id: 'U0ADMIN', canManage: true };
const TRACE = 'psycopg2.OperationalError: could not connect to server: Connection refused (os error 111)';
const LOG = [
  '2026-01-05 10:02:07 ERROR getaddrinfo ENOTFOUND db.internal',
  '2026-01-05 10:02:09 ERROR connect ETIMEDOUT 10.0.0.7:5432',
].join('\n');

let seq = 0;
const message = (text: string, extra: Partial<MessageInput> = {}): MessageInput => ({
  eventId: `Ev${++seq}`,
  channel,
  author: { id: 'U0ALICE', isBot: false, isSelf: false },
  text,
  ...extra,
});

describe('auto-replies with files', () => {
  it('reads a message’s files only when it may be answered, and explains what they hold', async () => {
    const { core } = testCore();
    let reads = 0;
    const loadFiles = async () => {
      reads += 1;
      return LOG;
    };
    const decision = await core.message(message('', { subtype: 'file_share', loadFiles }));
    expect(decision.action).toBe('reply');
    expect(reads).toBe(1);
    if (decision.action === 'reply') expect(decision.reply.fallback).toContain('WSAHOST_NOT_FOUND');

    await core.command({ text: 'auto off', channel: { ...channel, channelId: 'C2' }, user: admin });
    const off = await core.message(message('', { channel: { ...channel, channelId: 'C2' }, loadFiles }));
    expect(off).toEqual({ action: 'ignore', reason: 'opted-out' });
    expect(
      await core.message(message('', { author: { id: 'B1', isBot: true, isSelf: false }, loadFiles })),
    ).toEqual({
      action: 'ignore',
      reason: 'bot',
    });
    expect(reads).toBe(1);
  });

  it('reads the message text and its files together, as one paste', async () => {
    const { core } = testCore();
    const decision = await core.message(message(TRACE, { loadFiles: async () => LOG }));
    expect(decision.action).toBe('reply');
    if (decision.action === 'reply')
      expect(decision.findings.map((f) => f.id).sort()).toEqual(['10060', '10061', '11001']);
  });

  it('stays silent when a file cannot be read, and logs why', async () => {
    const { core, logger } = testCore();
    const decision = await core.message(
      message('', { loadFiles: () => Promise.reject(new Error('download timed out')) }),
    );
    expect(decision).toEqual({ action: 'ignore', reason: 'empty' });
    expect(logger.lines.join('\n')).toContain('could not read the files of a message');
  });

  it('answers one message once, whichever of its events arrives first', async () => {
    const { core } = testCore();
    const first = await core.message(message(TRACE, { dedupeKeys: ['1700000000.000100', 'F0LOG'] }));
    expect(first.action).toBe('reply');
    const again = await core.message(message(TRACE, { dedupeKeys: ['1700000000.000100'] }));
    expect(again).toEqual({ action: 'ignore', reason: 'duplicate' });
    const sameFile = await core.message(message('', { dedupeKeys: ['F0LOG'], loadFiles: async () => LOG }));
    expect(sameFile).toEqual({ action: 'ignore', reason: 'duplicate' });
  });

  it('claims a message by its names alone, and by its event where it has none', async () => {
    const claimed: string[] = [];
    const store = createMemoryStore();
    const claimOnce = store.claimOnce.bind(store);
    store.claimOnce = (key, ttlMs) => {
      claimed.push(key);
      return claimOnce(key, ttlMs);
    };
    const { core } = testCore({ store });
    const named = message(TRACE, { dedupeKeys: ['1700000002.000100'] });
    expect((await core.message(named)).action).toBe('reply');
    expect(claimed.filter((k) => !k.startsWith('cooldown:'))).toEqual([
      'message:slack:T1:C1:1700000002.000100',
    ]);
    // A retry of the same event names the same message.
    expect(await core.message(named)).toEqual({ action: 'ignore', reason: 'duplicate' });
    claimed.length = 0;
    const unnamed = message(TRACE.replace('111', '110'), { channel: { ...channel, channelId: 'C9' } });
    expect((await core.message(unnamed)).action).toBe('reply');
    expect(claimed.filter((k) => !k.startsWith('cooldown:'))).toEqual([`event:slack:${unnamed.eventId}`]);
    expect(await core.message(unnamed)).toEqual({ action: 'ignore', reason: 'duplicate' });
  });

  it('releases the message’s names too when a reply could not be posted', async () => {
    const { core } = testCore();
    const input = message(TRACE, { dedupeKeys: ['1700000001.000100'] });
    const decision = await core.message(input);
    if (decision.action !== 'reply') throw new Error('expected a reply');
    await core.replyFailed(input, decision.findings);
    expect((await core.message({ ...input, eventId: 'Ev-redelivered' })).action).toBe('reply');
  });
});

describe('a decision the store cuts short', () => {
  it('gives back what it claimed, so the redelivery is answered and no error is left "seen"', async () => {
    const store = createMemoryStore();
    const claimOnce = store.claimOnce.bind(store);
    let cooldowns = 0;
    let failing = true;
    // The store goes away between the first and the second error's cooldown claim.
    store.claimOnce = (key, ttlMs) => {
      if (failing && key.startsWith('cooldown:') && ++cooldowns === 2)
        return Promise.reject(new StoreUnavailableError('Redis went away'));
      return claimOnce(key, ttlMs);
    };
    const { core } = testCore({ store });
    const input = message(LOG, { dedupeKeys: ['1700000003.000100'] });
    expect(await core.message(input)).toEqual({ action: 'ignore', reason: 'store-unavailable' });

    failing = false;
    const redelivered = await core.message({ ...input, eventId: 'Ev-redelivered' });
    expect(redelivered.action).toBe('reply');
    if (redelivered.action === 'reply')
      expect(redelivered.findings.map((f) => f.id).sort()).toEqual(['10060', '11001']);
  });
});

describe('auto mention', () => {
  const busy: ChannelRef = { ...channel, channelId: 'CBUSY' };

  it('answers only when mentioned, or in a thread it already answered in', async () => {
    const { core } = testCore();
    const saved = await core.command({ text: 'auto mention', channel: busy, user: admin });
    expect(saved.fallback).toContain('Auto-replies are now only when mentioned in this channel.');
    expect((await core.command({ text: 'status', channel: busy, user: admin })).fallback).toContain(
      'only when mentioned',
    );

    const plain = await core.message(message(TRACE, { channel: busy, threadId: '1.1' }));
    expect(plain).toEqual({ action: 'ignore', reason: 'not-mentioned' });
    const asked = await core.message(message(TRACE, { channel: busy, threadId: '2.2', mentioned: true }));
    expect(asked.action).toBe('reply');
    // A later message in that thread asks it, without a mention (another error: no cooldown).
    const followUp = await core.message(message(LOG, { channel: busy, threadId: '2.2' }));
    expect(followUp.action).toBe('reply');
    const elsewhere = await core.message(message(LOG, { channel: busy, threadId: '3.3' }));
    expect(elsewhere).toEqual({ action: 'ignore', reason: 'not-mentioned' });
  });

  it('counts a thread where it answered a question (a bare code) as asking it, as one where it explained a paste', async () => {
    const { core } = testCore();
    const asking: ChannelRef = { ...channel, channelId: 'CASKING' };
    await core.command({ text: 'auto mention', channel: asking, user: admin });
    const asked = await core.message(
      message('@U0SOCKERR what is 10053?', { channel: asking, threadId: '4.4', mentioned: true }),
    );
    expect(asked.action).toBe('reply');
    const followUp = await core.message(message(LOG, { channel: asking, threadId: '4.4' }));
    expect(followUp.action).toBe('reply');
  });

  it('goes back to answering everything with auto on, and to nothing with auto off', async () => {
    const { core } = testCore();
    const quiet: ChannelRef = { ...channel, channelId: 'CQUIET' };
    await core.command({ text: 'auto mention', channel: quiet, user: admin });
    await core.command({ text: 'auto on', channel: quiet, user: admin });
    expect((await core.message(message(TRACE, { channel: quiet }))).action).toBe('reply');
    await core.command({ text: 'auto off', channel: quiet, user: admin });
    expect(await core.message(message(LOG, { channel: quiet, mentioned: true }))).toEqual({
      action: 'ignore',
      reason: 'opted-out',
    });
  });

  it('follows the workspace’s mode where the channel chose none, and the channel’s where it did', async () => {
    const { core } = testCore();
    await core.changeSettings({ channel, user: admin, scope: 'workspace', auto: 'mention' });
    const other: ChannelRef = { ...channel, channelId: 'COTHER' };
    expect(await core.message(message(TRACE, { channel: other }))).toEqual({
      action: 'ignore',
      reason: 'not-mentioned',
    });
    const own: ChannelRef = { ...channel, channelId: 'COWN' };
    await core.command({ text: 'auto on', channel: own, user: admin });
    expect((await core.message(message(TRACE, { channel: own }))).action).toBe('reply');
  });

  it('follows the parent channel’s mode in a thread that chose none, and the thread’s where it did', async () => {
    const { core } = testCore();
    const parent: ChannelRef = { ...channel, channelId: 'CPARENT' };
    await core.changeSettings({ channel: parent, user: admin, scope: 'channel', auto: 'off' });
    await core.changeSettings({ channel, user: admin, scope: 'workspace', auto: 'on' });
    const thread: ChannelRef = { ...channel, channelId: 'CTHREAD', parentChannelId: 'CPARENT' };
    expect(await core.message(message(TRACE, { channel: thread }))).toEqual({
      action: 'ignore',
      reason: 'opted-out',
    });
    await core.changeSettings({ channel: thread, user: admin, scope: 'channel', auto: 'mention' });
    expect(await core.message(message(TRACE, { channel: thread }))).toEqual({
      action: 'ignore',
      reason: 'not-mentioned',
    });
  });

  it('asks for on, off or mention when the mode is not understood', async () => {
    const { core } = testCore();
    const reply = await core.command({ text: 'auto sometimes', channel, user: admin });
    expect(reply.fallback).toContain('/sockerr auto mention');
  });
});

describe('a message held by a decision that never posted (its process died)', () => {
  const slackMessage = (extra: Partial<MessageInput> = {}): MessageInput =>
    message(TRACE, { eventId: 'EvHELD', dedupeKeys: ['1700000000.000100'], ...extra });

  it('asks a redelivery to come back while the hold lasts, then explains the message in full', async () => {
    let now = 1_700_000_000_000;
    const { core } = testCore({ now: () => now });
    expect((await core.message(slackMessage())).action).toBe('reply'); // ...and the process died
    // Another event of the same message (an app_mention) while the first is decided: a duplicate.
    expect(await core.message(slackMessage({ eventId: 'EvHELD-mention' }))).toEqual({
      action: 'ignore',
      reason: 'duplicate',
    });
    expect(await core.message(slackMessage({ redelivery: true }))).toEqual({
      action: 'ignore',
      reason: 'in-progress',
    });
    now += 60_000; // Slack's next try
    const taken = await core.message(slackMessage({ redelivery: true }));
    // The dead decision's cooldown on the error is no reason to leave it unexplained.
    expect(taken.action).toBe('reply');
  });

  it('answers no redelivery, however late, once the reply was posted', async () => {
    let now = 1_700_000_000_000;
    const { core } = testCore({ now: () => now });
    expect((await core.message(slackMessage())).action).toBe('reply');
    await core.replyPosted(slackMessage());
    expect(await core.message(slackMessage({ redelivery: true }))).toEqual({
      action: 'ignore',
      reason: 'duplicate',
    });
    now += 6 * 60_000; // Slack's last try, past the hold
    expect(await core.message(slackMessage({ redelivery: true }))).toEqual({
      action: 'ignore',
      reason: 'duplicate',
    });
    expect(await core.message(slackMessage({ eventId: 'EvHELD-mention' }))).toEqual({
      action: 'ignore',
      reason: 'duplicate',
    });
  });
});
