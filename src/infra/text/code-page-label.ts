/**
 * Windows code pages by number, for those WHATWG has no label of that form: `chcp` prints
 * "Active code page: 936", and people type `cp936` or `936`. WHATWG knows `cp1251` and `cp866`
 * already, but not the East Asian pages nor UTF-8's 65001.
 */
const CODE_PAGES: Readonly<Record<number, string>> = {
  932: 'shift_jis',
  936: 'gbk',
  949: 'euc-kr',
  950: 'big5',
  1200: 'utf-16le',
  1201: 'utf-16be',
  65001: 'utf-8',
};

/** `cp936`, `CP936`, `936`, `windows-936` or `ms936` as the label a decoder reads (`gbk`); any other label as given. */
export function readCodePageLabel(label: string): string {
  const number = /^(?:cp|ms|windows-)?(\d{3,5})$/i.exec(label.trim());
  if (!number) return label;
  const page = Number(number[1]);
  if (page >= 1250 && page <= 1258) return `windows-${page}`;
  if (page === 866) return 'ibm866';
  if (page === 874) return 'windows-874';
  return CODE_PAGES[page] ?? label;
}
