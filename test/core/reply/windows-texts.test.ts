import { describe, expect, it } from 'vitest';
import type { LocalizedMessage } from '../../../src/core/index.js';
import { windowsTextsFrom } from '../../../src/core/reply/windows-texts.js';
import { loadCoreDataOnDemand } from '../../../src/infra/data/index.js';
import { realData } from '../../helpers/core.js';

const texts = windowsTextsFrom(realData().rules.localized);

describe('windowsTextsFrom', () => {
  it('gives the text a Traditional Chinese Windows prints for a code seen beside it in real output', () => {
    expect(texts('10061', 'zh-TW')).toBe('無法連線，因為目標電腦拒絕連線。');
    expect(texts('10054', 'zh-TW')).toBe('遠端主機已強制關閉一個現存的連線。');
  });

  it('gives none for a code whose zh-TW text was never seen, nor for one never seen beside its number', () => {
    expect(texts('10050', 'zh-TW')).toBeUndefined();
    // 11001's zh-TW texts (`confidence: medium`) were seen only without their number: not quoted as Windows' words.
    expect(texts('11001', 'zh-TW')).toBeUndefined();
  });

  it("gives none in English, whose text is the catalog's own", () => {
    expect(texts('10061', 'en')).toBeUndefined();
  });

  it('prefers the whole text of the variants runtimes print, and shows one seen only cut as it was seen', () => {
    const seen = (text: string, extra: Partial<LocalizedMessage> = {}): LocalizedMessage => ({
      id: '10061',
      lang: 'zh-TW',
      text,
      ...extra,
    });
    const cut = '無法連線，因為目標電腦拒絕連線';
    expect(windowsTextsFrom([seen(cut), seen(`${cut}。`)])('10061', 'zh-TW')).toBe(`${cut}。`);
    expect(windowsTextsFrom([seen(`無法連線，\n因為目標電腦拒絕連線。`), seen(cut)])('10061', 'zh-TW')).toBe(
      cut,
    );
    expect(windowsTextsFrom([seen(cut)])('10061', 'zh-TW')).toBe(cut);
    expect(windowsTextsFrom([seen(`${cut}。`, { confidence: 'medium' })])('10061', 'zh-TW')).toBeUndefined();
  });

  it('reads a loader only when a text in another language is first asked for, and once', () => {
    let reads = 0;
    const lazy = windowsTextsFrom(() => {
      reads += 1;
      return [{ id: '10061', lang: 'zh-TW', text: '無法連線，因為目標電腦拒絕連線。' }];
    });
    expect(lazy('10061', 'en')).toBeUndefined();
    expect(reads).toBe(0);
    expect(lazy('10061', 'zh-TW')).toBe('無法連線，因為目標電腦拒絕連線。');
    expect(lazy('10054', 'zh-TW')).toBeUndefined();
    expect(reads).toBe(1);
  });

  it("gives the CLI's on-demand loader the same texts without reading the detection rules", () => {
    const data = loadCoreDataOnDemand();
    expect(data.localized()).toEqual(realData().rules.localized);
  });
});
