/** What a look-up query is, before the catalog is consulted. */
export type ParsedQuery =
  | { kind: 'empty' }
  /** `errno`: written as one (`errno 13`, `[Errno 13]`, `os error 13`): only its errno readings count. */
  | { kind: 'number'; value: number; hex: boolean; errno?: true }
  | { kind: 'hresult'; hresult: string }
  /**
   * `posixOnly`: written as a POSIX errno constant (`errno.EPIPE`, `Errno::EPIPE`); `rustOnly`: as
   * a Rust `io::ErrorKind` (`ErrorKind::AddrInUse`).
   */
  | { kind: 'symbol'; symbol: string; posixOnly: boolean; rustOnly?: true }
  | { kind: 'text'; text: string };

/** Prefixes that runtimes put before a symbol: Ruby `Errno::`, Python `errno.`, Erlang `:`, libuv `UV_`. */
const SYMBOL_PREFIX =
  /^(?:Errno::|errno\.|socket\.|System\.Net\.Sockets\.|UV_|(?:std::)?(?:io::)?ErrorKind::|:)/i;
/** Rust's `io::ErrorKind`, as its errors print (`kind: AddrInUse`) or code names it. */
const RUST_PREFIX = /^(?:std::)?(?:io::)?ErrorKind::/i;
/** Prefixes that name a POSIX errno constant in particular (Python's `errno` module, Ruby's `Errno`). */
const POSIX_PREFIX = /^(?:Errno::|errno\.)/;
const SYMBOL = /^[A-Za-z][A-Za-z0-9_]{0,99}(?:\.[A-Za-z][A-Za-z0-9_]{0,99})?$/;
/** Words that are symbols only if written like one (all capitals, or a known prefix). */
const LOOKS_LIKE_SYMBOL =
  /^(?:E[A-Z0-9_]{2,}|WSA\w+|EAI_\w+|ERROR_\w+|SocketError\.\w+|\w+(?:Error|Exception))$/i;

/**
 * Words that only say a number is an error code: `error 995`, `Socket Error # 995`, `error code:
 * 10061`, `WinError 10054`. Without them a small code was read as words (`error 6` explained
 * "System error"). `errno` is not one: its number is an errno (see asked-entries.ts).
 */
/** A number written as an errno: `errno 13`, `[Errno 13]`, Rust's `os error 13`, `errno=-13`. */
const ERRNO = /^(?:errno|os\s{1,4}error)\s{0,4}[:=]?\s{0,4}(-?\d{1,5})$/i;
const CODE_WORDS =
  /^(?:(?:socket|system|winsock)\s{1,4})?(?:error|err|code|winerror)(?:\s{1,4}code)?\s{0,4}[:=]?\s{0,4}/i;

/** Formats an HRESULT the way Windows prints it: `0x80072746`. */
export function formatHresult(value: number): string {
  return `0x${(value >>> 0).toString(16).toUpperCase().padStart(8, '0')}`;
}

/**
 * Classifies a query: a number (`10054`, `#10054`, `-4077`, `0x2746`), an HRESULT
 * (`0x80072746`, `-2147014842`), a symbol (`WSAECONNRESET`, `Errno::ECONNRESET`, `econnreset`)
 * or free text. Never throws.
 */
export function parseQuery(raw: string): ParsedQuery {
  const text = stripUnderscorePairs(
    raw
      .normalize('NFKC')
      .trim()
      // Quotes and chat markup around the whole query: inline code, Slack's *bold* and ~strike~,
      // Discord's **bold**, and _italics_ in both (below).
      .replace(/^[`'"“”‘’*~]+|[`'"“”‘’*~]+$/g, ''),
  ).trim();
  if (text === '') return { kind: 'empty' };

  // A code in brackets or ending a sentence is still the code: `(10054)`, `[10054]`, `10054.`; and
  // a minus sign as typeset (U+2212), or the en dash an editor or chat put for `-`, is a minus.
  const code = text
    .replace(/^[([]/, '')
    .replace(/[)\]]?[.,;:!?]{0,3}$/, '')
    .trim()
    .replace(/^[\u2212\u2013](?=\d)/, '-');
  const errno = ERRNO.exec(code);
  if (errno) return { kind: 'number', value: Number(errno[1]), hex: false, errno: true };
  const number = /^#?\s*(-?\d{1,10})$/.exec(code) ?? /^#?\s*(-?\d{1,10})$/.exec(code.replace(CODE_WORDS, ''));
  if (number) {
    const value = Number(number[1]);
    // Negative HRESULTs are printed as signed 32-bit integers (.NET, VB): -2147014842.
    if (value < -100000)
      return value >= -0x80000000 ? hresultOrText(value >>> 0, text) : { kind: 'text', text };
    if (value >= 0x80000000) return hresultOrText(value, text);
    return { kind: 'number', value, hex: false };
  }
  const hex = /^(?:0x|&H)([0-9a-f]{1,8})$/i.exec(code.replace(CODE_WORDS, ''));
  if (hex) {
    const value = Number.parseInt(hex[1] as string, 16);
    if (value >= 0x80000000) return hresultOrText(value, text);
    return { kind: 'number', value, hex: true };
  }
  const withoutPrefix = text.replace(SYMBOL_PREFIX, '');
  if (SYMBOL.test(withoutPrefix) && (LOOKS_LIKE_SYMBOL.test(withoutPrefix) || SYMBOL_PREFIX.test(text))) {
    const posixOnly = POSIX_PREFIX.test(text);
    return RUST_PREFIX.test(text)
      ? { kind: 'symbol', symbol: withoutPrefix, posixOnly, rustOnly: true }
      : { kind: 'symbol', symbol: withoutPrefix, posixOnly };
  }
  return { kind: 'text', text: text.replace(/\s+/g, ' ') };
}

function hresultOrText(unsigned: number, text: string): ParsedQuery {
  if (unsigned > 0xffffffff) return { kind: 'text', text };
  return { kind: 'hresult', hresult: formatHresult(unsigned) };
}

/** `_x_` and `__x__` (chat italics) without their underscores: only in pairs, as `_` may end a name. */
function stripUnderscorePairs(text: string): string {
  let from = 0;
  let to = text.length;
  while (to - from > 2 && text[from] === '_' && text[to - 1] === '_') {
    from++;
    to--;
  }
  return text.slice(from, to);
}
