/**
 * Every fixed regular expression detection uses, in one place (those built from its data are in
 * pattern-builders.ts), so that one test can run each of them against pathological input (runs of
 * spaces, repeated prefixes, megabyte lines). Rules for this file: no unbounded quantifier next to
 * or inside another one (`[ \t]*\(?[ \t]*` is quadratic on a run of spaces); prefer bounded counts
 * (`{0,16}`); sticky (`y`) patterns read at one offset.
 */

// Separators between a keyword and its number: `errno: -4077`, `[WinError 10054]`,
// `WSAGetLastError() = 10054`, `Socket Error # 10053`, `error code: 10061`, and the backtick that
// opens inline code in a chat message (`socket error \`10054\``). Bounded repetition.
const SEPARATOR = String.raw`[ \t:=#()\["'\`：（［]`;
/** Words that may stand between a keyword and its number: `error code 10061`, `errno was 104`. */
export const GAP_WORDS = [
  'code',
  'Code',
  'CODE',
  'number',
  'Number',
  'NUMBER',
  'no.',
  'No.',
  'NO.',
  'returned',
  'was',
  'is',
];
const GAP_WORD = `(?:${GAP_WORDS.map((w) => w.replace('.', '\\.')).join('|')})`;
const GAP = `${SEPARATOR}{0,6}(?:${GAP_WORD}${SEPARATOR}{0,6}){0,2}`;
// A number followed by a unit is a size or a duration, never an error code.
const NOT_A_CODE = String.raw`(?![\dA-Za-z_]|[.,]\d|[ \t]{0,4}(?:bytes?|ms|msecs?|seconds?|secs?|lines?|[kKMG]i?B)\b)`;
const NUMBER = String.raw`(-?\d{1,11})${NOT_A_CODE}`;
/** Decimal, or hexadecimal as Go's `%#v` and SQL Server's TCP provider print it (`0x274d`). */
const NUMBER_OR_HEX = String.raw`(0[xX][0-9A-Fa-f]{1,8}|-?\d{1,11})${NOT_A_CODE}`;
const QUOTE = String.raw`['"\`‘’]`;
const NOT_QUOTE = String.raw`[^'"\`‘’\n]`;
/** The code units `isCjkCode` accepts (keywords/match.ts), as a character class's ranges. */
const CJK_RANGES = String.raw`\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff`;
/**
 * A terminal's control sequence as a program writes it to a log (`terminalCode`), one source for it
 * and for `invisible`, which takes out the very codes `maskTerminalCodes` would read as blanks.
 */
const TERMINAL_CODE = String.raw`\u001b(?:\[[0-?]{0,32}[ -/]{0,4}[@-~]|\][^\u0007\u001b]{0,512}(?:\u0007|\u001b\\)?|[()][0-9A-Za-z]|[@-Z\\-_])`;

export const PATTERNS = {
  /** The number after a context keyword (sticky). */
  afterKeyword: new RegExp(GAP + NUMBER, 'y'),
  /** The number, decimal or hex, after a context keyword: `Error code 0x2746` (sticky). */
  afterKeywordHex: new RegExp(GAP + NUMBER_OR_HEX, 'y'),
  /** The number right after a colon: `system:10054`, `asio.netdb:1` (sticky). */
  afterColon: new RegExp(`:${NUMBER_OR_HEX}`, 'y'),
  /** Hex digits right after a keyword that ends in `0x`: Go's `Err:0x274d` (sticky). */
  hexDigits: new RegExp(`([0-9A-Fa-f]{1,8})${NOT_A_CODE}`, 'y'),
  /** One hex digit. */
  hexDigit: /[0-9A-Fa-f]/,
  /** Where a record (an Apple NSError dictionary) opens or closes. */
  brace: /[{}]/,
  /** The number after a keyword and one quoted host name: `on 'db' (10061)` (sticky). */
  afterQuoted: new RegExp(
    String.raw`[ \t]{0,16}${QUOTE}${NOT_QUOTE}{0,255}${QUOTE}[ \t]{0,16}(?:\([ \t]{0,16})?${NUMBER}`,
    'y',
  ),
  /** Four hex digits after `0x8007` (sticky). */
  hex4: /[0-9A-Fa-f]{4}(?![0-9A-Za-z_])/y,
  /** libpq's `274D/10061)` after `(0x0000` (sticky). */
  hexDecimal: /([0-9A-Fa-f]{4})\/(\d{1,5})\)/y,
  /** A .NET member or Rust kind after its label: `: ConnectionReset` (sticky). */
  nameAfter: /[ \t]{0,16}[:=(][ \t]{0,16}([A-Za-z]{1,40})(?![A-Za-z0-9_])/y,
  /** nginx's `(111: ` right before a message, in the 8 characters before it. */
  errnoBefore: /\((\d{1,4}): ?$/,
  /** One word in title case: a capital, then lower-case letters only (`Refused`, `By`). */
  titleWord: /^\p{Lu}\p{Ll}{1,40}$/u,
  /** A reason after a colon, in the 8 characters after a message (`: not authorised`). */
  reasonAfter: /^[ \t]{0,3}:[ \t]{0,3}\p{L}/u,
  /** What may not come right before a `category:value` name (`*-generic:111`, `http://generic:1111`). */
  wordBefore: /[\w./-]/,
  /** One identifier character. */
  identifierChar: /[A-Za-z0-9_]/,
  /** A POSIX errno symbol (`ECONNRESET`). */
  posixSymbol: /^E[A-Z0-9]{1,30}$/,
  /** Resolver and Win32 symbols (`EAI_AGAIN`, `ERROR_…`). */
  resolverSymbol: /^(?:EAI|ERROR)_/,
  /** A Python module prefix of an exception class (`socket.`). */
  pythonModule: /^socket\./,
  /** A Java package prefix of an exception class (`java.net.`). */
  javaPackage: /^.*\./,
  /** The final period(s) a runtime may print or strip, ASCII or full-width. */
  finalDot: /[.。]{1,3}$/u,
  /** Whitespace runs (global; for collapsing). */
  whitespace: /\s+/g,
  /** Whitespace runs (for splitting into words). */
  words: /\s+/,
  /** A character outside ASCII (a text without one is read as bytes). */
  nonAscii: /[\u0080-\uffff]/,
  /** A code unit `isCjkCode` accepts (no `u` flag). */
  cjk: new RegExp(`[${CJK_RANGES}]`),
  /** A code unit past Latin-1: a string that holds one takes two bytes a character in V8. */
  wide: /[^\0-\xff]/,
  /** Runs of code units `isCjkCode` rejects (no `u` flag: code units, as `charCodeAt` reads them). */
  notCjk: new RegExp(`[^${CJK_RANGES}]+`, 'g'),
  /** Any whitespace at all. */
  anyWhitespace: /\s/,
  /** `code: '` / `code = "` right before a symbol (in its 10 preceding characters). */
  codeLabel: /code["']?[ \t]{0,3}[:=][ \t]{0,3}["']?$/,
  /**
   * A file-system path for address after an error, as Node prints a pipe's after `<syscall> <CODE>`,
   * with libuv's text between since Node 12 (` /var/run/docker.sock`, `: permission denied /tmp/x.sock`,
   * old Node's ` ~/.tmp/x.sock`).
   */
  pathAfter: /^(?:: [a-z][a-z ]{0,40})? ~?\//,
  /** `errno: ` right before a symbol (in its 10 preceding characters). */
  errnoLabel: /errno["']?[ \t]{0,3}[:=][ \t]{0,3}["']?$/,
  /**
   * A terminal's control sequence as a program writes it to a log: a CSI sequence (colours
   * `ESC[31m`, `ESC[0m`, erasing `ESC[2K`), an OSC string (a title, a hyperlink) ended by BEL or
   * `ESC\\`, a character-set choice (`ESC(B`, which `tput sgr0` writes) or another two-byte escape.
   */
  terminalCode: new RegExp(TERMINAL_CODE, 'g'),
  /**
   * What is left of a colour code (SGR) whose ESC a copy lost (`[31m`, `[0;31m`, `[38;5;196m`), or
   * showed as U+FFFD, caret notation or a string literal's escape (`\uFFFD[31m`, `^[[31m`, `\u001b[31m`):
   * `[`, one to five numbers of at most three digits, `m`. An index (`[0]`) or a link (`[1]`) has no `m`.
   */
  colourRemnant: /(?:\uFFFD|\^\[|\\u001[bB]|\\x1[bB]|\\033|\\e)?\[(?:\d{1,3};){0,4}\d{1,3}m/g,
  /**
   * Three to forty spaces after an opening bracket, or before a closing one, a colon or a comma:
   * what colour codes read as spaces leave there (line-before.ts). Bounded, so a long run of blanks
   * is read in linear time.
   */
  colourGap: /([[(]) {3,40}| {3,40}(?=[\]):,])/g,
  /** A no-break space, narrow or not, or a typographic quote: what copying puts for a plain one (typography.ts). */
  typographic: /[\u00a0\u202f\u2018\u2019\u201c\u201d]/g,
  /** A capital right after a small letter: a program's name in camel case (vocabulary.ts). */
  innerCapital: /[a-z][A-Z]/,
  /** A zero-width character: taken out of a paste as it is read (invisible.ts). */
  zeroWidth: /[\u200b-\u200d\u2060\ufeff]/,
  /** What invisible.ts takes out: zero-width characters, `terminalCode`s, `colourRemnant`s (not one a string's
   * escape makes), a Docker json-file record's ends (`{"log":"`; `\n","stream":…}`), an escaped quote's `\`. */
  invisible: new RegExp(
    String.raw`[\u200b-\u200d\u2060\ufeff]|${TERMINAL_CODE}|(?<!\\u001[bB]|\\x1[bB]|\\033|\\e)(?:\uFFFD|\^\[)?\[(?:\d{1,3};){0,4}\d{1,3}m|\{"log":"|(?:\\r)?\\n","stream":"std(?:out|err)","time":"[\dT:.+Z-]{10,40}"\}|(?<=(?:^|[^\\])(?:\\\\){0,15})\\(?=")`,
    'g',
  ),
  /**
   * A log viewer's or a chat's prefix at a line's start (line-prefixes.ts, sticky): Docker Compose's
   * `api-1  | `, `kubectl logs --prefix`'s `[pod/api-7d9f/api] `, a process manager's name (`[api] `,
   * `[1] `; not a `logLevel`), the time GitHub Actions' raw logs, `docker logs -t` and `kubectl logs
   * --timestamps` put first (seven to nine digits of the second, as Kubernetes drops trailing zeros,
   * where loggers print three or six; a tag after it is the program's), a quote, a Docker json-file
   * record's ends past what invisible.ts takes out (`{"log":"`, `","stream":…}`), and syslog's time,
   * host and tag (with its process id: `ERROR Connection: ` may be a message's words; logplex has no host).
   */
  linePrefix:
    /(?:[A-Za-z0-9][\w.-]{0,62}[ \t]{1,16}\| |\[(?:pod\/[^\]\s/]{1,253}\/[^\]\s]{1,63}|[\w.@:-]{1,64})\] |\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{7,9}(?:Z|[+-]\d\d:\d\d) |> |\{"log":"|","stream":"std(?:out|err)","time":"[\dT:.+Z-]{10,40}"\}|(?:[A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d|\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d{1,9})?(?:Z|[+-]\d\d:?\d\d)) (?:[^\s[\]]{1,253} )?[^\s[\]:]{1,64}\[[\w.-]{1,64}\]: )/y,
  /**
   * A log level in brackets, as a line's start may have it where a process manager puts its name:
   * a rule may ask for it (gunicorn's `[ERROR] Connection in use`), so it is no prefix to blank.
   */
  logLevel:
    /^\[(?:error|erro?|warn(?:ing)?|wrn|info?|debug|dbg|trace|trc|fatal|ftl|crit(?:ical)?|notice|severe|alert|emerg|panic|verbose|vrb|fine|config)\] $/i,
  /**
   * What puts a symbol on the right of a comparison, just before it (word-boundaries.ts): `status ==
   * UV_ECANCELED`, `errno != EAGAIN`, `rc == -EPIPE`, also where a console broke the line after the
   * operator (`status ==` above ` UV_ECANCELED`); a string's opening quote, as JavaScript and Python
   * compare codes (`err.code === 'ECONNRESET'`, `message === "net::ERR_CONNECTION_RESET"`), and the
   * module a constant is read from (`e.errno == errno.ECONNRESET`, `t == syscall.ECONNREFUSED`).
   * Bounded, anchored at the end of a short slice.
   */
  comparedBefore: /[=!]=\s{0,4}-?[ \t]{0,4}(?:UV_|["'`](?:net::)?|(?:errno|syscall|unix|windows)\.)?$/,
  /**
   * A time unit in brackets right after a text (sticky): `（秒）`, `(ms)`, `（单位：秒）`. A setting's name
   * with its unit (`连接超时（秒）`, 'connect timeout (seconds)'), never a message as printed.
   */
  unitInBrackets:
    /[ \t]{0,2}[(（][ \t]{0,2}(?:单位[:：][ \t]?)?(?:秒|毫秒|微秒|分钟|分|小时|초|밀리초|ms|s|secs?|seconds?|millis(?:econds)?|min(?:utes?)?)[ \t]{0,2}[)）]/iuy,
  /** A field util.inspect prints in a Node error's braces: two to eight spaces, a name, a colon (node-error-fields.ts). */
  nodeErrorField: /^ {2,8}[A-Za-z_$][\w$]{0,40}: /,
  /** A stack frame of a Node error, or the line Node puts between two stacks (node-error-fields.ts). */
  nodeStackFrame: /^\s{1,12}at |^Emitted 'error' event on .{1,80} at:\s*$/,
  /** Netty's peer after the OS text: `: storm3/192.168.1.5:6700`, `: /10.0.0.5:7077` (sticky). */
  nettyPeer: /: [^\s/]{0,255}\/[0-9[]/y,
  /** iPXE's error URL after its text: `(https://ipxe.org/4c0a6035)`, `(http://ipxe.org/err/021260)`. */
  ipxeErrorUrl: /^ ?\(https?:\/\/ipxe\.org\/(?:err\/)?([0-9a-f]{8}|[0-9a-f]{6})\b/i,
  /** iPXE's link-up wait (usr/ifmgmt.c), whose status follows on the same line. */
  ipxeLinkWait: /Waiting for link-up on [\w.:-]{1,40}\.\.\. ?$/i,
  /** A run of white space longer than a context word's space stretches to in most text (context-words.ts: 8). */
  longBlankRun: /\s{9}/,
} as const;
