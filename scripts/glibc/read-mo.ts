/**
 * Reading gettext `.mo` files through msgunfmt: msgid → msgstr of one catalog, for
 * `scripts/import-glibc-messages.ts`.
 */
import { execFileSync } from 'node:child_process';

const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', v: '\v', f: '\f', b: '\b', a: '\x07' };

const ESCAPE = /\\(?:([0-7]{1,3})|x([0-9a-fA-F]{1,2})|(.))/g;

/** Decodes the C escapes of one PO string literal (the part between the quotes). */
function decodeEscapes(s: string): string {
  return s.replace(ESCAPE, (_: string, oct?: string, hex?: string, ch = '') => {
    if (oct) return String.fromCharCode(Number.parseInt(oct, 8));
    if (hex) return String.fromCharCode(Number.parseInt(hex, 16));
    return ESCAPES[ch] ?? ch; // \" \\ and anything unknown stand for themselves
  });
}

/**
 * msgid → msgstr of one PO text as msgunfmt prints it. Skips the header, fuzzy entries, entries
 * with a msgctxt (strerror texts have none), empty translations and plural forms beyond msgstr[0].
 */
function parsePo(po: string): Map<string, string> {
  const out = new Map<string, string>();
  let fields: Record<string, string> = {};
  let current: string | null = null;
  let fuzzy = false;
  const flush = (): void => {
    const { msgid, msgstr, msgctxt } = fields;
    if (msgid && msgstr && msgctxt === undefined && !fuzzy) out.set(msgid, msgstr);
    fields = {};
    current = null;
    fuzzy = false;
  };
  for (const raw of po.split('\n')) {
    const line = raw.trim();
    const keyword = /^(msgctxt|msgid|msgid_plural|msgstr(?:\[0\])?|msgstr\[\d+\])\s+"(.*)"$/.exec(line);
    if (keyword) {
      const key = keyword[1] === 'msgstr[0]' ? 'msgstr' : (keyword[1] ?? '');
      if ((key === 'msgid' || key === 'msgctxt') && 'msgstr' in fields) flush();
      current = key;
      fields[key] = decodeEscapes(keyword[2] ?? '');
    } else if (line.startsWith('"') && line.endsWith('"') && line.length >= 2 && current) {
      fields[current] += decodeEscapes(line.slice(1, -1));
    } else if (line.startsWith('#')) {
      if ('msgstr' in fields) flush();
      if (line.startsWith('#,') && /\bfuzzy\b/.test(line)) fuzzy = true;
    } else if (line === '') {
      if ('msgstr' in fields) flush();
    } else {
      throw new Error(`unexpected PO line: ${raw}`);
    }
  }
  flush();
  return out;
}

/** msgid → msgstr of one `.mo` file (UTF-8 only; msgunfmt from GNU gettext must be installed). */
export function readMo(file: string): Map<string, string> {
  // msgunfmt warns on stderr about '\v' in some msgids; that is harmless, so stderr is dropped.
  const po = execFileSync('msgunfmt', ['--no-wrap', file], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const charset = /charset=([^\\\s"]+)/.exec(po)?.[1]?.toUpperCase();
  if (charset && charset !== 'UTF-8' && charset !== 'US-ASCII' && charset !== 'ASCII')
    throw new Error(`${file}: charset ${charset}, expected UTF-8`);
  return parsePo(po);
}
