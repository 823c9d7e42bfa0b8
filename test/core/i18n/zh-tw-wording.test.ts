import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DISCORD_COMMANDS } from '../../../src/adapters/discord/commands.js';
import { testCore } from '../../helpers/core.js';
import { ROOT } from '../../helpers/paths.js';
import { SIMPLIFIED_ONLY, simplifiedOnly } from './simplified-only.js';

type Json = Record<string, unknown>;
const read = (file: string) => JSON.parse(readFileSync(join(ROOT, file), 'utf8')) as Json;

/** Every Traditional Chinese sentence sockerr shows, with where it comes from. Keywords (search words, in both scripts) are not shown. */
function zhTexts(): { where: string; text: string }[] {
  const texts: { where: string; text: string }[] = [];
  for (const [key, value] of Object.entries(read('data/i18n/zh-TW.json')))
    texts.push({ where: `i18n ${key}`, text: String(value) });
  const dir = 'data/explanations/zh-TW';
  for (const file of readdirSync(join(ROOT, dir))) {
    for (const [id, entry] of Object.entries(read(`${dir}/${file}`))) {
      const { summary, causes, checks, calls = [] } = entry as Record<string, string | string[]>;
      for (const text of [summary, causes, checks, calls].flat())
        texts.push({ where: `${file} ${id}`, text: String(text) });
      // The texts for a situation (a UDP socket, a connection that was up, macOS) are shown as often.
      for (const field of ['summaryWhen', 'causesWhen', 'checksWhen']) {
        const when = (entry as Record<string, Record<string, string | string[]> | undefined>)[field] ?? {};
        for (const [situation, text] of Object.entries(when))
          for (const one of [text].flat())
            texts.push({ where: `${file} ${id} ${field}.${situation}`, text: one });
      }
    }
  }
  // Discord shows the slash commands' names, descriptions and choices in the user's language.
  const localized = (node: unknown, where: string): void => {
    if (Array.isArray(node)) {
      for (const [i, child] of node.entries()) localized(child, `${where}[${i}]`);
    } else if (node && typeof node === 'object')
      for (const [key, value] of Object.entries(node)) {
        if (key.endsWith('_localizations')) {
          const text = (value as Record<string, string>)['zh-TW'];
          if (text) texts.push({ where: `discord ${where}.${key}`, text });
        } else localized(value, `${where}.${key}`);
      }
  };
  localized(DISCORD_COMMANDS, 'commands');
  return texts;
}

const CJK = '[\\u3400-\\u9fff]';
/** Punctuation that Traditional Chinese writes full-width: colons, commas, semicolons, parentheses, periods. */
const HALF_WIDTH: Record<string, RegExp> = {
  'colon (：)': new RegExp(`${CJK}\\s*:|:\\s*${CJK}`),
  'comma (，)': new RegExp(`${CJK}\\s*,|,\\s*${CJK}`),
  'semicolon (；)': new RegExp(`${CJK}\\s*;|;\\s*${CJK}`),
  'parentheses (（）)': new RegExp(`\\([^()]*${CJK}[^()]*\\)`),
  'period (。)': new RegExp(`${CJK}\\.(\\s|$)`),
  'quotes (「」)': new RegExp(`"[^"]*${CJK}[^"]*"`),
  /** Lists take the enumeration comma: 「A、B 與 C」, never 「A與B與C」. */
  'list chained with 與 (、)': /與[^，。；：、（）「」\s]{1,12}與/,
};

/** One term per concept: the term sockerr uses, and the synonyms it must not mix in. */
const TERMS: [string, RegExp][] = [
  ['無法到達', /無法抵達/],
  ['通訊端', /套接字|插座|(?<![\w`(])socket(?![\w`(])/],
  ['行程', /處理程序|進程/],
  ['記錄', /日誌/],
  ['連接埠', /通訊埠|端口/],
  ['逾時', /超時/],
  ['伺服器', /服務器/],
  ['用戶端', /客戶端/],
  ['重設', /重置/],
  ['描述元', /描述符/],
  ['執行緒', /線程/],
  ['記憶體', /內存/],
  ['預設', /默認/],
  ['快取', /緩存/],
  ['代理伺服器', /代理(?!伺服器|程式)/],
  // Mainland words written in Traditional characters: Taiwan has its own word for each.
  ['訊號', /信號/],
  ['網路', /網絡/],
  ['資訊', /信息/],
  ['軟體', /軟件/],
  ['硬體', /硬件/],
  ['資料', /數據/],
  ['支援', /支持/],
  ['設定', /設置/],
  ['程式', /程序/],
  ['位元組', /字節/],
  ['介面', /界面|接口/],
  ['相容', /兼容/],
  ['非同步', /異步/],
  ['列印', /打印/],
  ['虛擬機器', /虛擬機(?!器)/],
];

const outsideCode = (text: string) => text.replace(/`[^`]*`/g, '`…`');

describe('Traditional Chinese wording', () => {
  const texts = zhTexts();

  it('reads every data file it checks', () => {
    expect(texts.length).toBeGreaterThan(1000);
  });

  it('reads the Discord command localizations too', () => {
    expect(texts.filter(({ where }) => where.startsWith('discord')).length).toBeGreaterThan(5);
  });

  it('writes no character that exists only in Simplified Chinese', () => {
    const wrong = texts.filter(({ text }) => simplifiedOnly(text).length > 0);
    expect(wrong.map((w) => `${w.where}: ${simplifiedOnly(w.text).join('')} in ${w.text}`)).toEqual([]);
  });

  it('knows the Simplified characters of the words a Mainland reply would use, and no Traditional one', () => {
    const mainland = [
      '连接被拒绝',
      '服务器',
      '网络',
      '超时',
      '默认',
      '软件',
      '设置',
      '数据',
      '线程',
      '进程',
      '错误',
    ];
    expect(mainland.filter((word) => simplifiedOnly(word).length === 0)).toEqual([]);
    const taiwan =
      '連線被拒絕、伺服器、網路、逾時、連接埠、預設、資訊、軟體、設定、資料、執行緒、行程、台灣、占用、上游';
    expect(simplifiedOnly(taiwan)).toEqual([]);
    expect(SIMPLIFIED_ONLY.size).toBeGreaterThan(300);
  });

  it.each(Object.entries(HALF_WIDTH))('uses full-width punctuation: %s', (_, pattern) => {
    const wrong = texts.filter(({ text }) => pattern.test(outsideCode(text)));
    expect(wrong.map((w) => `${w.where}: ${w.text}`)).toEqual([]);
  });

  it('puts no space beside full-width punctuation (it carries its own)', () => {
    const spaced = /[，。；：、「」（）！？／] +[^\s`·]|[^\s`·] +[，。；：、「」（）！？／]/;
    const wrong = texts.filter(({ text }) => spaced.test(outsideCode(text)));
    expect(wrong.map((w) => `${w.where}: ${w.text}`)).toEqual([]);
  });

  it.each(TERMS)('says %s for one concept everywhere', (_, synonyms) => {
    const wrong = texts.filter(({ text }) => synonyms.test(outsideCode(text)));
    expect(wrong.map((w) => `${w.where}: ${w.text}`)).toEqual([]);
  });

  it('finds the half-width punctuation and the mixed terms the issue reported', () => {
    const bad = ['可能原因:', '最接近的結果：:', '連線被重設與逾時與中斷', '無法抵達'];
    const caught = bad.filter(
      (text) =>
        Object.values(HALF_WIDTH).some((p) => p.test(text)) ||
        TERMS.some(([, p]) => p.test(text)) ||
        /：:/.test(text),
    );
    expect(caught).toEqual(bad);
  });

  it('says whether a retry helps as a sentence, never as 「重試：無效」', async () => {
    const { core } = testCore();
    for (const [id, advice] of [
      ['11001', '重試沒有幫助'],
      ['10035', '重試有幫助'],
      ['10054', '重試不一定有幫助'],
    ]) {
      const reply = core.lookup(id as string, 'zh-TW').reply;
      expect(reply.subtitle).toContain(advice);
      expect(reply.fallback).not.toMatch(/重試：/);
    }
  });

  it('writes headings with a full-width colon and never doubles it', () => {
    const { core } = testCore();
    const reply = core.lookup('zzqx connection', 'zh-TW').reply;
    const explanation = core.lookup('10054', 'zh-TW').reply;
    for (const text of [reply.fallback, explanation.fallback]) {
      expect(outsideCode(text)).not.toMatch(/[:：]{2}|[\u4e00-\u9fff]:/);
    }
    expect(explanation.fallback).toContain('可能原因：');
    expect(core.lookup('10054', 'en').reply.fallback).toContain('Likely causes:');
  });
});
