import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTranslate } from '../../../src/core/i18n/index.js';
import type { ChannelRef } from '../../../src/core/index.js';
import { testCore } from '../../helpers/core.js';
import { ROOT } from '../../helpers/paths.js';

type Table = Record<string, string>;
const table = (locale: string) =>
  JSON.parse(readFileSync(join(ROOT, `data/i18n/${locale}.json`), 'utf8')) as Table;
const en = table('en');
const zh = table('zh-TW');
const files = (a: Table, b: Table) => ({
  en: { file: 'en.json', json: a },
  'zh-TW': { file: 'zh-TW.json', json: b },
});

describe('createTranslate', () => {
  it('refuses tables whose keys or placeholders differ, naming the key', () => {
    expect(() => createTranslate(files({ a: 'x', b: 'y' }, { a: 'x' }))).toThrow(
      /key "b" is missing in zh-TW/,
    );
    expect(() => createTranslate(files({ a: '{n} of {m}' }, { a: '{n}／{n}' }))).toThrow(
      /key "a" has placeholders that differ/,
    );
    // The same placeholder twice in one locale and once in the other is a difference too.
    expect(() => createTranslate(files({ a: '{n} {n}' }, { a: '{n}' }))).toThrow(/placeholders that differ/);
  });

  it('fills placeholders once, leaving a value that looks like one as it is', () => {
    const t = createTranslate(files({ a: 'at {host}:{port}' }, { a: '於 {host}:{port}' }));
    expect(t('zh-TW', 'a', { host: '{port}', port: 443 })).toBe('於 {port}:443');
    expect(() => t('en', 'nope')).toThrow(/unknown key "nope"/);
  });
});

describe('the interface strings in English and in Traditional Chinese', () => {
  const outside = (text: string) => text.replace(/`[^`]+`/g, ' ').replace(/\{[\w-]+\}/g, ' ');
  const codeSpans = (text: string): string[] => text.match(/`[^`]+`/g) ?? [];

  it('give the same commands, numbers and names in both', () => {
    // The one example written in Chinese on purpose: a look-up by Chinese words works.
    const localized = new Set(['`/sockerr connection reset`']);
    const lost = Object.entries(en).flatMap(([key, text]) => {
      const other = zh[key] ?? '';
      const facts = [
        ...codeSpans(text).filter((span) => !localized.has(span)),
        ...(outside(text).match(/(?<![\w.-])\d+(?![\w])/g) ?? []),
        ...(outside(text).match(
          /\b[A-Z][A-Z0-9_]{1,}\b|\b(?:Windows|Linux|macOS|FreeBSD|Slack|Discord)\b/g,
        ) ?? []),
      ];
      const missing = facts.filter((f) => {
        if (f === 'OS') return !other.includes('作業系統');
        return f.startsWith('`') ? !codeSpans(other).includes(f) : !outside(other).includes(f);
      });
      return missing.map((f) => `${key}: ${f} | ${other}`);
    });
    expect(lost).toEqual([]);
  });

  it('show only /sockerr examples that answer, in the language they are written for', async () => {
    const { core } = testCore();
    const channel: ChannelRef = { platform: 'shell', workspaceId: 'T1', channelId: 'C1' };
    let asked = 0;
    for (const [locale, strings] of [
      ['en', en],
      ['zh-TW', zh],
    ] as const) {
      for (const [key, text] of Object.entries(strings)) {
        // Syntax summaries (`auto on|off|mention`, `top [24h|7d|30d]`) are not examples to run.
        for (const [, query] of text.matchAll(/`\/sockerr ([^`|[\]]+)`/g)) {
          const reply = await core.command({
            text: query as string,
            channel,
            user: { id: 'U1', canManage: true, locale },
          });
          expect(['not-found', 'usage', 'refusal'], `${locale} ${key}: ${query}`).not.toContain(reply.kind);
          asked += 1;
        }
      }
    }
    expect(asked).toBeGreaterThan(20);
  });
});
