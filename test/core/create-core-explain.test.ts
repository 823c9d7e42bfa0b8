import { describe, expect, it } from 'vitest';
import { createCore } from '../../src/core/index.js';
import { loadCoreDataOnDemand } from '../../src/infra/data/index.js';
import { createMemoryStore } from '../../src/infra/store/index.js';
import { memoryLogger, testCore } from '../helpers/core.js';
import { channel, TRACE, user } from './create-core-inputs.js';

describe('core.explainMessage, share and suggest', () => {
  it('explains a message on request even when auto-replies are off', async () => {
    const { core } = testCore();
    await core.command({ text: 'auto off', channel, user });
    const reply = await core.explainMessage({ text: TRACE, channel, user });
    expect(reply.title).toContain('WSAECONNRESET');
  });

  it('says so when a message has no socket error', async () => {
    const { core } = testCore();
    const reply = await core.explainMessage({ text: 'lunch?', channel, user });
    expect(reply.kind).toBe('not-found');
  });

  it('explains a message that is only a code or a name, in any width, as a mention or /sockerr does', async () => {
    // Someone pressed "Explain socket errors" on it: asked, as a mention asks (a code typed with a
    // CJK input method comes full-width), not a paste that an auto-reply must be sure of.
    const { core } = testCore();
    for (const [text, title] of [
      ['10054', 'WSAECONNRESET'],
      ['１００５４', 'WSAECONNRESET'],
      ['ＥＣＯＮＮＲＥＦＵＳＥＤ', 'WSAECONNREFUSED'],
      ['what is 10060?', 'WSAETIMEDOUT'],
    ] as const) {
      const reply = await core.explainMessage({ text, channel, user });
      expect(reply.title, text).toContain(title);
      const asked = await core.command({ text, channel, user });
      expect(reply.title, text).toBe(asked.title);
    }
    // Words that only resemble an error, a greeting or help stay what they are: no error in them.
    for (const text of ['thanks!', 'help', '', 'the weather is nice today']) {
      expect((await core.explainMessage({ text, channel, user })).kind, text).toBe('not-found');
    }
  });

  it('shares the same explanation publicly, without a share button', async () => {
    const { core } = testCore();
    const reply = await core.share('zh-TW:10053');
    expect(reply.title).toContain('WSAECONNABORTED');
    expect(reply.actions).toEqual([]);
    expect(reply.subtitle).toContain('重試');
  });

  it('shows the whole explanation, still shareable, when More is pressed', async () => {
    const { core } = testCore();
    const brief = await core.command({ text: '10061', channel, user });
    const whole = await core.details('en:10061');
    const causes = (r: typeof whole) => r.sections.find((s) => s.heading === 'Likely causes')?.items ?? [];
    expect(causes(whole).length).toBeGreaterThan(causes(brief).length);
    expect(whole.actions).toEqual([{ id: 'share', label: 'Share in channel', value: 'en:10061' }]);
  });

  it('offers autocomplete choices for a partial query within Discord limits', () => {
    const { core } = testCore();
    const choices = core.suggest('conn');
    expect(choices.map((c) => c.value)).toEqual(expect.arrayContaining(['10054', '10061', '10053']));
    expect(choices.length).toBeLessThanOrEqual(25);
    for (const c of choices) expect(c.name.length).toBeLessThanOrEqual(100);
    expect(choices.find((c) => c.value === '10054')?.name).toBe(
      '10054 WSAECONNRESET — Connection reset by peer',
    );
    expect(core.suggest('').length).toBeGreaterThan(5);
  });

  it('gives each autocomplete choice a value that opens that error, not a choice between several', async () => {
    // Picking "EPIPE — Broken pipe" sent `/sockerr EPIPE`, which asks which of two errors was meant.
    const { core } = testCore();
    for (const typed of ['EPIPE', 'EAGAIN', 'ECANCELED', 'WSA_INVALID_HANDLE', '87']) {
      const [picked] = core.suggest(typed);
      if (!picked) throw new Error(typed);
      const answer = core.lookup(picked.value, 'en');
      expect(answer.reply.kind, `${typed} → ${picked.value}`).toBe('explanation');
      expect(picked.name.startsWith(answer.reply.title.split(' · ')[0] ?? '?'), picked.name).toBe(true);
    }
  });

  it('quotes what a Traditional Chinese Windows prints on every path to a zh-TW explanation, and never in English', async () => {
    const { core } = testCore();
    const quoted = '繁體中文版 Windows 顯示為：「無法連線，因為目標電腦拒絕連線。」';
    const shows = (reply: { sections: readonly { text?: string }[] }) =>
      reply.sections.some((s) => s.text?.includes(quoted));
    const paste = 'ConnectionRefusedError: [WinError 10061] 無法連線，因為目標電腦拒絕連線。';
    const english = [
      await core.command({ text: '10061', channel, user }),
      await core.explainMessage({ text: paste, channel, user }),
      await core.details('en:10061'),
      core.lookup('10061', 'en').reply,
    ];
    for (const reply of english) expect(JSON.stringify(reply)).not.toContain('繁體中文版');
    await core.command({ text: 'lang zh-TW', channel, user });
    const chinese = [
      await core.command({ text: '10061', channel, user }),
      await core.command({
        text: '10061',
        channel: { ...channel, platform: 'discord' },
        user: { ...user, locale: 'zh-TW' },
      }),
      await core.explainMessage({ text: paste, channel, user }),
      await core.share('zh-TW:10061'),
      await core.details('zh-TW:10061'),
      core.lookup('10061', 'zh-TW').reply,
    ];
    for (const [i, reply] of chinese.entries()) expect(shows(reply), `${i} ${reply.title}`).toBe(true);
  });

  it("quotes it too from the CLI's core, whose data is read on demand", () => {
    const core = createCore({
      ...loadCoreDataOnDemand(),
      store: createMemoryStore(),
      logger: memoryLogger(),
      cooldownMs: 0,
      defaultLang: 'en',
    });
    expect(core.lookup('10054', 'zh-TW').reply.fallback).toContain('「遠端主機已強制關閉一個現存的連線。」');
  });

  it('finds the error from a part of the Windows text it quotes, as from a part of the English one', () => {
    // A user types the words of the dialog they remember: the core of Windows' zh-TW WSAECONNREFUSED
    // text, its second clause, found nothing, while its English and zh-CN cores were found.
    const { core } = testCore();
    for (const query of ['目標電腦拒絕連線', '因為目標電腦拒絕連線', 'target machine actively refused']) {
      expect(core.lookup(query, 'zh-TW').reply.title, query).toContain('WSAECONNREFUSED');
    }
    expect(core.lookup('連線已被您主機上的軟體中止', 'zh-TW').reply.title).toContain('WSAECONNABORTED');
  });
});
