import { describe, expect, it } from 'vitest';
import { BUTTON_CONTEXT_MS } from '../../src/core/button-context.js';
import type { Reply, Store } from '../../src/core/index.js';
import { StoreUnavailableError } from '../../src/core/index.js';
import { createMemoryStore } from '../../src/infra/store/index.js';
import { testCore } from '../helpers/core.js';
import { channel, user } from './create-core-inputs.js';

const PASTE = 'Error: connect ECONNREFUSED 10.0.4.12:5432\n    at TCPConnectWrap.afterConnect';
const DNS_PASTE =
  'dial tcp: lookup payments-ledger-primary.eu-west-1.prod.internal.example.com on 10.96.0.10:53: no such host';

const checks = (reply: Reply) => reply.sections.find((s) => s.heading === 'Check first')?.items ?? [];
const button = (reply: Reply, id: 'share' | 'more') => reply.actions.find((a) => a.id === id)?.value ?? '';

/** A memory store whose `remember` or `recall` fail as Redis's do while it cannot be reached. */
function failingStore(inner: Store, fail: { remember?: boolean; recall?: boolean }): Store {
  const down = () => Promise.reject(new StoreUnavailableError('Redis cannot be used right now'));
  return Object.assign(Object.create(inner) as Store, {
    remember: fail.remember ? down : inner.remember,
    recall: fail.recall ? down : inner.recall,
  });
}

/** A memory store that lists the keys it is asked to remember. */
function watchedStore() {
  const store = createMemoryStore();
  const remembered: string[] = [];
  const watched = Object.assign(Object.create(store) as Store, {
    remember: (key: string, value: string, ttl: number) => {
      remembered.push(key);
      return store.remember(key, value, ttl);
    },
  });
  return { watched, remembered };
}

describe('the paste context behind a reply’s Share and More buttons', () => {
  it('shares the explanation with the host and port of the paste it was built from', async () => {
    const { core } = testCore();
    const asked = await core.command({ text: PASTE, channel, user });
    expect(checks(asked).join('\n')).toContain('nc -vz 10.0.4.12 5432');
    const shared = await core.share(button(asked, 'share'));
    expect(shared.kind).toBe('explanation');
    expect(shared.actions).toEqual([]);
    expect(checks(shared).join('\n')).toContain('nc -vz 10.0.4.12 5432');
    // The paste gave an address: only the name-resolution check keeps <host>.
    expect(shared.fallback).not.toMatch(/(nc -vz|Test-NetConnection) <host>/);
    expect(shared.fallback).not.toContain('<port>');
  });

  it('keeps the OS of the paste, so More and Share order the checks as the answer did', async () => {
    const { core } = testCore();
    // A Windows refusal: the listening check names Get-NetTCPConnection first.
    const windows = 'ConnectionRefusedError: [WinError 10061] No connection could be made (10.0.4.12:5432)';
    const asked = await core.command({ text: windows, channel, user });
    expect(checks(asked)[0]).toMatch(/^On the server: `Get-NetTCPConnection -LocalPort 5432/);
    const details = await core.details(button(asked, 'more'));
    expect(checks(details)[0]).toMatch(/^On the server: `Get-NetTCPConnection -LocalPort 5432/);
    const shared = await core.share(button(details, 'share'));
    expect(checks(shared)[0]).toMatch(/^On the server: `Get-NetTCPConnection -LocalPort 5432/);
  });

  it('shows all checks from More with the paste’s values, and its Share button keeps them', async () => {
    const { core } = testCore();
    const asked = await core.command({ text: PASTE, channel, user });
    const details = await core.details(button(asked, 'more'));
    expect(checks(details).length).toBeGreaterThan(checks(asked).length);
    // Every check beyond the first two is filled too; the name-resolution one keeps <host>: the paste has an address.
    expect(details.fallback).toContain('nc -vz 10.0.4.12 5432');
    expect(details.fallback).toContain('getent ahosts <host>');
    expect(details.fallback).not.toContain('<port>');
    const shared = await core.share(button(details, 'share'));
    expect(shared.fallback).toContain('nc -vz 10.0.4.12 5432');
    expect(shared.fallback).not.toContain('<port>');
  });

  it('carries only a short key in the button, whatever the paste’s values', async () => {
    const { core } = testCore();
    const asked = await core.command({ text: DNS_PASTE, channel: { ...channel, platform: 'discord' }, user });
    const value = button(asked, 'share');
    expect(value).toMatch(/^en~[0-9a-f]{20}:11001$/);
    expect(value).not.toContain('payments-ledger');
    const shared = await core.share(value);
    expect(shared.fallback).toContain('payments-ledger-primary.eu-west-1.prod.internal.example.com');
  });

  it('keeps the context a day, then answers with placeholders and nothing said wrong', async () => {
    let now = 1_000_000;
    const { core } = testCore({ now: () => now });
    const asked = await core.command({ text: PASTE, channel, user });
    now += BUTTON_CONTEXT_MS - 1;
    expect((await core.share(button(asked, 'share'))).fallback).toContain('nc -vz 10.0.4.12 5432');
    now += 1;
    const late = await core.share(button(asked, 'share'));
    expect(late.kind).toBe('explanation');
    expect(late.title).toContain('WSAECONNREFUSED');
    expect(late.fallback).toContain('nc -vz <host> <port>');
    expect(late.fallback).not.toContain('10.0.4.12');
  });

  it('starts the day again each time the same answer is given out', async () => {
    let now = 1_000_000;
    const { core } = testCore({ now: () => now });
    await core.command({ text: PASTE, channel, user });
    now += BUTTON_CONTEXT_MS - 1;
    // The second answer comes from core's cache of answers: its key is the same and is kept again.
    const again = await core.command({ text: PASTE, channel, user });
    now += BUTTON_CONTEXT_MS - 1;
    expect((await core.share(button(again, 'share'))).fallback).toContain('nc -vz 10.0.4.12 5432');
  });

  it('answers a press with placeholders while the store cannot be read, logging it at debug only', async () => {
    const inner = createMemoryStore();
    const asking = testCore({ store: inner });
    const asked = await asking.core.command({ text: PASTE, channel, user });
    const pressing = testCore({ store: failingStore(inner, { recall: true }) });
    for (const press of [pressing.core.share, pressing.core.details]) {
      const reply = await press(button(asked, 'more'));
      expect(reply.kind).toBe('explanation');
      expect(reply.fallback).toContain('nc -vz <host> <port>');
    }
    const levels = pressing.logger.lines.map((l) => (JSON.parse(l) as { level: string }).level);
    expect(levels.filter((l) => l !== 'debug')).toEqual([]);
  });

  it('answers the command when the store cannot keep the context; a press then shows placeholders', async () => {
    const inner = createMemoryStore();
    const { core, logger } = testCore({ store: failingStore(inner, { remember: true }) });
    const asked = await core.command({ text: PASTE, channel, user });
    expect(asked.kind).toBe('explanation');
    expect(checks(asked).join('\n')).toContain('nc -vz 10.0.4.12 5432');
    expect((await core.share(button(asked, 'share'))).fallback).toContain('nc -vz <host> <port>');
    expect(logger.lines.filter((l) => l.includes('"level":"error"'))).toEqual([]);
  });

  it('answers the command and More at once while the store stalls on keeping the context', async () => {
    const inner = createMemoryStore();
    // A Redis that went silent answers nothing until its command deadline (1.5 s): never, here.
    const stalled = Object.assign(Object.create(inner) as Store, {
      remember: () => new Promise<void>(() => {}),
    });
    const { core } = testCore({ store: stalled });
    const settled = <T>(work: Promise<T>) =>
      Promise.race([work, new Promise<'held'>((resolve) => setTimeout(() => resolve('held'), 200))]);
    const asked = await settled(core.command({ text: PASTE, channel, user }));
    expect(asked).not.toBe('held');
    const more = await settled(core.details(button(asked as Reply, 'more')));
    expect(more).not.toBe('held');
  });

  it('still answers a button from before contexts were kept, and one whose key was never kept', async () => {
    const { core } = testCore();
    expect((await core.share('en:10061')).fallback).toContain('nc -vz <host> <port>');
    const unknown = await core.details('zh-TW~0123456789abcdef0123:10061');
    expect(unknown.locale).toBe('zh-TW');
    expect(unknown.title).toContain('WSAECONNREFUSED');
  });

  it('keeps nothing in the shell, which has no buttons to press', async () => {
    const { watched, remembered } = watchedStore();
    const { core } = testCore({ store: watched });
    const shell = { platform: 'shell' as const, channelId: 'terminal' };
    expect(checks(await core.command({ text: PASTE, channel: shell, user })).join('\n')).toContain(
      'nc -vz 10.0.4.12 5432',
    );
    expect(remembered).toEqual([]);
    await core.command({ text: PASTE, channel, user });
    expect(remembered).toEqual([expect.stringMatching(/^button-context:[0-9a-f]{20}$/)]);
  });

  it('keeps nothing for an answer without a paste context', async () => {
    const { watched, remembered } = watchedStore();
    const { core } = testCore({ store: watched });
    const asked = await core.command({ text: '10061', channel, user });
    expect(button(asked, 'share')).toBe('en:10061');
    expect(remembered).toEqual([]);
  });
});
