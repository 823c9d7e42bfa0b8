import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { testCore } from '../../helpers/core.js';
import { ROOT } from '../../helpers/paths.js';

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
    }
  }
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
];

const outsideCode = (text: string) => text.replace(/`[^`]*`/g, '`…`');

describe('Traditional Chinese wording', () => {
  const texts = zhTexts();

  it('reads every data file it checks', () => {
    expect(texts.length).toBeGreaterThan(1000);
  });

  it.each(Object.entries(HALF_WIDTH))('uses full-width punctuation: %s', (_, pattern) => {
    const wrong = texts.filter(({ text }) => pattern.test(outsideCode(text)));
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
      ['11002', '重試有幫助'],
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
