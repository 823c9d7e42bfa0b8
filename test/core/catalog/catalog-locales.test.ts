import { describe, expect, it } from 'vitest';
import type { CatalogEntry, EntryText } from '../../../src/core/catalog/types.js';
import { type LOCALES, SITUATIONS } from '../../../src/core/catalog/types.js';
import { checksFor } from '../../../src/core/reply/os-checks.js';
import type { PasteContext } from '../../../src/core/reply/placeholders.js';
import { checksIn } from '../../../src/core/reply/situation-checks.js';
import { loadCatalog } from '../../../src/infra/data/index.js';

const catalog = loadCatalog();

/** Every text of an entry in one locale, by where it sits: `checks[2]`, `causesWhen.udp[0]`, `summaryWhen.udp`. */
function textsOf(text: EntryText): Map<string, string> {
  const texts = new Map<string, string>([['summary', text.summary]]);
  const list = (where: string, items: readonly string[]) => {
    for (const [i, item] of items.entries()) texts.set(`${where}[${i}]`, item);
  };
  list('causes', text.causes);
  list('checks', text.checks);
  for (const situation of SITUATIONS) {
    const summary = text.summaryWhen?.[situation];
    if (summary !== undefined) texts.set(`summaryWhen.${situation}`, summary);
    list(`causesWhen.${situation}`, text.causesWhen?.[situation] ?? []);
    list(`checksWhen.${situation}`, text.checksWhen?.[situation] ?? []);
  }
  return texts;
}

/** Each text of the English catalog beside the Traditional Chinese one at the same place. */
function pairs(): { where: string; en: string; zh: string }[] {
  return catalog.entries.flatMap((entry: CatalogEntry) => {
    const zh = textsOf(entry['zh-TW']);
    return [...textsOf(entry.en)].map(([at, en]) => ({
      where: `${entry.id} ${at}`,
      en,
      zh: zh.get(at) ?? '',
    }));
  });
}

const codeSpans = (text: string): string[] => text.match(/`[^`]+`/g) ?? [];
const outsideCode = (text: string) => text.replace(/`[^`]+`/g, ' ');
/** The slots a check's command is filled from (`{host}`, `{port}`), each as often as it occurs. */
const slots = (text: string): string[] => (text.match(/\{[\w-]+\}/g) ?? []).sort();
/** Numbers in prose (10048, 1024, port 53, macOS 15), not parts of names (WSL2, IPv4). */
const numbers = (text: string): string[] =>
  outsideCode(text).match(/(?<![\w.-])\d+(?:\.\d+)*(?![\w])/g) ?? [];
/** Calls (`accept()`), acronyms and constants (TCP, RST, EPERM, SO_REUSEADDR) and the OSes and tools named. */
const names = (text: string): string[] =>
  outsideCode(text).match(
    /\b\w+\(\)|\b[A-Z][A-Z0-9_]{1,}\b|\b(?:Windows|Linux|macOS|FreeBSD|Kubernetes|Docker|Hyper-V|PowerShell)\b/g,
  ) ?? [];
/** Acronyms the Chinese text writes out in words, with the words it uses. */
const WRITTEN_OUT: Record<string, RegExp> = {
  AV: /防毒/,
  LAN: /區域網路/,
  LB: /負載平衡器/,
  OS: /作業系統/,
  URL: /網址/,
  VM: /虛擬機器/,
};

/** What of an English text its Chinese one lost: a code span, a number or a name (written out counts). */
function lostFacts(en: string, zh: string): string[] {
  return [...codeSpans(en), ...numbers(en), ...names(en)].filter((fact) => {
    if (WRITTEN_OUT[fact]?.test(zh)) return false;
    return fact.startsWith('`') ? !codeSpans(zh).includes(fact) : !outsideCode(zh).includes(fact);
  });
}

describe('the catalog in English and in Traditional Chinese', () => {
  const all = pairs();

  it('pairs every text with one at the same place, in the same order', () => {
    expect(all.length).toBeGreaterThan(800);
    expect(all.filter((p) => p.zh === '').map((p) => p.where)).toEqual([]);
    for (const entry of catalog.entries) {
      expect([...textsOf(entry['zh-TW']).keys()], entry.id).toEqual([...textsOf(entry.en).keys()]);
      expect(entry['zh-TW'].calls, entry.id).toEqual(entry.en.calls);
    }
  });

  it('fills the same slots ({host}, {port}…) in each', () => {
    const differ = all.filter((p) => slots(p.zh).join() !== slots(p.en).join());
    expect(differ.map((p) => `${p.where}: ${p.en} | ${p.zh}`)).toEqual([]);
  });

  it('gives the same commands in the checks (the Chinese may quote a word as code, never drop or change one)', () => {
    const commands = (text: string) =>
      codeSpans(text)
        .filter((code) => code.includes(' '))
        .sort();
    const checks = all.filter((p) => /checks/.test(p.where));
    expect(checks.length).toBeGreaterThan(350);
    const differ = checks.filter((p) => commands(p.zh).join('\n') !== commands(p.en).join('\n'));
    expect(differ.map((p) => `${p.where}: ${p.en} | ${p.zh}`)).toEqual([]);
  });

  it('keeps every code span, number and name of the English in the Chinese', () => {
    const missing = all.flatMap(({ where, en, zh }) => {
      const lost = lostFacts(en, zh);
      return lost.length ? [`${where}: ${lost.join(', ')} | ${zh}`] : [];
    });
    expect(missing).toEqual([]);
  });

  it('finds a dropped command, a changed port and a lost name', () => {
    expect(lostFacts('Run `ss -ltnp` on Linux', '執行 `ss -lunp`')).toEqual(['`ss -ltnp`', 'Linux']);
    expect(lostFacts('DNS uses port 53 over UDP', 'DNS 使用連接埠 54')).toEqual(['53', 'UDP']);
    expect(lostFacts('accept() returns ECONNABORTED', '呼叫 accept 會回傳錯誤')).toEqual([
      'accept()',
      'ECONNABORTED',
    ]);
  });

  it("orders each OS's checks alike, for every OS and situation a paste can show", () => {
    const contexts: PasteContext[] = [
      {},
      { transport: 'udp' },
      { phase: 'established' },
      { phase: 'listening' },
    ];
    const order = (entry: CatalogEntry, locale: (typeof LOCALES)[number], context: PasteContext) => {
      const written = checksIn(entry[locale], context);
      // A check rewritten for the OS (its OS's commands first) is marked `~`, and found by its commands.
      const spans = (check: string) => codeSpans(check).sort().join('\n');
      return checksFor(written, context).map((check) =>
        written.includes(check)
          ? `${written.indexOf(check)}`
          : `~${written.findIndex((w) => spans(w) === spans(check))}`,
      );
    };
    let compared = 0;
    for (const entry of catalog.entries) {
      for (const base of contexts) {
        for (const os of ['windows', 'linux', 'macos'] as const) {
          for (const context of [
            { ...base, os },
            { ...base, os, cluster: 'kubernetes' as const },
          ]) {
            expect(order(entry, 'zh-TW', context), `${entry.id} ${JSON.stringify(context)}`).toEqual(
              order(entry, 'en', context),
            );
            compared += 1;
          }
        }
      }
    }
    expect(compared).toBeGreaterThan(2000);
  });
});
