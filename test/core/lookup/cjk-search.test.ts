import { describe, expect, it } from 'vitest';
import type { CatalogEntry } from '../../../src/core/catalog/index.js';
import { createCjkSearch } from '../../../src/core/lookup/cjk-search.js';
import { createLookup, type LookupResult } from '../../../src/core/lookup/create-lookup.js';
import { realCatalog } from '../../helpers/core.js';

const lookup = createLookup(realCatalog());
const ids = (result: LookupResult) => (result.kind === 'text' ? result.matches.map((m) => m.entry.id) : []);

describe('looking up Chinese words', () => {
  it('finds an error by its words in another order (拒絕連線 against the summary 拒絕了連線)', () => {
    expect(ids(lookup('拒絕連線'))[0]).toBe('10061');
  });

  it('finds an error by a keyword with a character left out (埠被占用 against 連接埠已被占用)', () => {
    expect(ids(lookup('埠被占用'))).toEqual(['10048']);
  });

  it('still finds exact keywords, in both scripts', () => {
    expect(ids(lookup('連線逾時'))[0]).toBe('10060');
    expect(ids(lookup('连接超时'))[0]).toBe('10060');
    expect(ids(lookup('連線被重設'))[0]).toBe('10054');
  });

  it.each([
    ['名稱解析失敗', '11001'],
    ['無法解析主機名稱', '11001'],
    ['位址已在使用中', '10048'],
    ['連線超時', '10060'],
    ['連線已被重設', '10054'],
    ['軟體導致連線中止', '10053'],
    ['無法指定要求的位址', '10049'],
    ['太多開啟的檔案', '10024'],
    // glibc's zh_TW strerror for EPIPE, which the detector reads only beside socket words.
    ['管線損壞', 'EPIPE'],
  ])(
    'finds %s, as a Taiwanese engineer words it, before any rare error whose summary shares its words',
    (query, id) => {
      // `名稱解析失敗` had found 11033 (a name-based IPsec policy) first: its summary ends in those words.
      expect(ids(lookup(query))[0]).toBe(id);
    },
  );

  it.each([
    ['連線', 'connection'],
    ['通訊端', 'socket'],
    ['主機', 'host'],
    ['錯誤', 'error'],
    ['位址', 'address'],
  ])('offers a choice for %s, as for %s, instead of one error picked by chance', (word, english) => {
    // 連線 had explained 10037 (an operation already in progress), 錯誤 a QoS error.
    for (const query of [word, english]) {
      const result = lookup(query);
      expect(result.kind === 'text' && result.broad, query).toBe(true);
    }
  });

  it('lists the everyday error among the choices for a Chinese word, and explains a word few errors hold', () => {
    // 逾時 had explained ETIME (an io_uring timer): it is 10060's own keyword, as `timeout` is.
    const timeout = lookup('逾時');
    expect(timeout.kind === 'text' && timeout.broad).toBeFalsy();
    expect(ids(timeout)[0]).toBe('10060');
    expect(ids(lookup('拒絕'))[0]).toBe('10061');
    const reset = lookup('重設');
    expect(reset.kind === 'text' && reset.broad).toBeFalsy();
    expect(ids(reset)[0]).toBe('10054');
    // A longer query says which error: no choice.
    for (const [query, id] of [
      ['連線被重設', '10054'],
      ['連線逾時', '10060'],
      ['名稱解析', '11001'],
    ] as const) {
      const result = lookup(query);
      expect(result.kind === 'text' && result.broad, query).toBeFalsy();
      expect(ids(result)[0], query).toBe(id);
    }
  });

  it('does not guess from one two-character word, which a summary shares by chance', () => {
    const entry = realCatalog().byId.get('10061') as CatalogEntry;
    const search = createCjkSearch([{ entry, words: ['目標主機有回應，但拒絕了連線'] }]);
    expect(search('主機')).toEqual([]);
    expect(search('主機當機')).toEqual([]);
    expect(search('拒絕連線')).toEqual([entry]);
  });
});
