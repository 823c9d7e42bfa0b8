import type { Confidence } from './finding.js';

/** Number spaces a context keyword reads its number in (see `data/detection/number-contexts.json`). */
export const NUMBER_SPACES = [
  'winsock',
  'negwinsock',
  'win32',
  'posix',
  'negposix',
  'libuv',
  'gai',
  'herrno',
  'darwin',
  'newlib',
  'hresult',
] as const;
export type NumberSpace = (typeof NUMBER_SPACES)[number];

/** Runtime wording the facts lack, e.g. Go's `no such host`. */
export interface PhraseRule {
  text: string;
  id: string;
  confidence: Confidence;
  /** One of these must appear earlier on the line, else `elseConfidence` (or nothing). */
  requiresBefore?: string[];
  unlessBefore?: string[];
  /** One of these must appear in the next 200 characters (a stack frame that says what failed). */
  requiresAfter?: string[];
  /** None of these may come right after it, blanks aside (another runtime's form: Julia's ` (EPIPE)`). */
  unlessFollowedBy?: string[];
  elseConfidence?: Confidence;
  /** A default reading (`getaddrinfo failed` is printed for every resolver error on Windows). */
  fallback?: boolean;
  /**
   * Its `requiresBefore` texts name the socket (a network URL before FFmpeg's `Broken pipe`): when one held,
   * the phrase needs no socket word near, and no file word near drops it. Without `requiresBefore` the
   * phrase's own words name it (Go's `write: broken pipe`, the syscall its net package puts first).
   */
  socket?: boolean;
  /** Only as printed, letter for letter: others write the same words in other cases (ssh's `Write failed: Broken pipe`). */
  exactCase?: boolean;
}

/** An application's own wording that contains an error text (`Connection timed out after 3001 milliseconds`). */
export interface NotErrorRule {
  text: string;
  /** The wording is the application's only with one of these near it (its class, its stack frame). */
  near?: string[];
  /** How near (characters, each run of white space counted once): 300 when not given. */
  nearWithin?: number;
  /**
   * Not the application's when one of these ends right before it (any case): the runtime's own
   * message form around the same code (Node's `connect ETIMEDOUT`) names the error it raised.
   */
  unlessAfter?: string[];
}

/** An exception class name that names one error on its own (`UnknownHostException`). */
export interface ExceptionRule {
  name: string;
  id: string;
  confidence: Confidence;
  /** The class stands for several errors: another one named in the same mention wins. */
  fallback?: boolean;
}

/** An Erlang/Elixir atom the facts lack (`nxdomain`). */
export interface AtomRule {
  atom: string;
  id: string;
}

export interface ContextRules {
  contextRequired: string[];
  fileSensitive: string[];
  socketSyscalls: string[];
  socketContext: string[];
  fileContext: string[];
  networkWords: string[];
  /** Signs that a line's socket is a Unix-domain one (`unix:/`, `dial unix `, `.sock`). */
  unixSocketMarks: string[];
  /** POSIX names whose meaning on a Unix-domain socket is its file's (EACCES). */
  unixSocketFileErrors: string[];
  confidenceCaps: Record<string, Confidence>;
  platformHints: { linux: string[]; macos: string[] };
}

/** A keyword after which runtimes print an error number. */
export interface NumberContext {
  keyword: string;
  spaces: NumberSpace[];
  followedBy?: string[];
  /** One of these follows in the same record: before the next brace, within 1000 characters. */
  withinRecord?: string[];
  /** One of these comes before the keyword on its line, within 120 characters (the call a log names before an address). */
  precededBy?: string[];
  /** Not an errno after a class whose name starts so (`SSLError(1, …)` carries OpenSSL's code). */
  unlessClassStarts?: string[];
  /** Not an errno when one of these (lower case) follows the number on its line, within 60 characters. */
  unlessFollowedBy?: string[];
  /** Not an errno when the keyword comes right after one of these (lower case): `HTTP error code 10062`. */
  unlessAfter?: string[];
  skipQuoted?: boolean;
  /** `category:value` with nothing between (C++ `std::error_code`, Go's `Err:0x274d`). */
  joined?: boolean;
  /** The number may be hexadecimal (`0x2746`). */
  hex?: boolean;
  /** The keyword ends in `0x` and hex digits follow (Go's `%#v` of an errno: `Err:0x274d`). */
  hexDigits?: boolean;
  /** The keyword says a socket call failed: a POSIX number with one reading on every OS is sure. */
  socket?: boolean;
  /**
   * With `socket`: the text names the call the number is the errno of (asyncio's `[Errno 111] Connect
   * call failed`), so its one reading is no default that another error in the same mention overrides
   * (asyncio's `Multiple exceptions:` lists one error per address on one line).
   */
  sure?: boolean;
  /** The keyword follows a call's name (`bind() failed`): it counts only after a socket call. */
  afterCall?: boolean;
  /** The number after it is its own: a shorter keyword does not read it (npm's exit status). */
  owns?: boolean;
}

/** A keyword after which a .NET SocketError member or a Rust ErrorKind names the error. */
interface NameContext {
  keyword: string;
  table: 'dotnet' | 'rust';
}

/** A Windows system message in another language. */
export interface LocalizedMessage {
  id: string;
  lang: string;
  text: string;
  /** Weak evidence (never seen next to its code): at most this sure. */
  confidence?: Confidence;
}

/** glibc's strerror() or gai_strerror() text in another language (`data/detection/glibc-messages.json`). */
export interface GlibcMessage {
  id: string;
  lang: string;
  text: string;
  /** The English text it translates. */
  msgid: string;
  kind: 'strerror' | 'gai_strerror';
  /** glibc uses the same text for another message too: the text alone is ambiguous. */
  ambiguous: boolean;
}

/** glibc's word for "error" in one language, after which a Winsock number is an error code. */
export interface ErrorWord {
  lang: string;
  word: string;
}

/** Everything detection knows besides the catalog facts: `data/detection/*.json`. */
export interface DetectionRules {
  phrases: PhraseRule[];
  /** Texts that contain an error message but are an application's own wording. */
  notErrors: NotErrorRule[];
  exceptions: ExceptionRule[];
  atoms: AtomRule[];
  context: ContextRules;
  numbers: NumberContext[];
  names: NameContext[];
  /** newlib's errno numbers by POSIX name (ESP-IDF, Zephyr and other embedded C libraries). */
  newlib: Readonly<Record<string, number>>;
  localized: LocalizedMessage[];
  glibc: GlibcMessage[];
  errorWords: ErrorWord[];
}

/**
 * The texts the rules' conditions look for around a mention: a phrase's or an application's own
 * wording, a number's record or line (`_kCFStreamErrorDomainKey=1}`), and the words that make one a
 * socket's or a file's (`[core/writer.c line`, `.sock`).
 */
export function conditionTexts(rules: DetectionRules): string[] {
  const phrases = rules.phrases.flatMap((r) => [
    ...(r.requiresBefore ?? []),
    ...(r.requiresAfter ?? []),
    ...(r.unlessBefore ?? []),
    ...(r.unlessFollowedBy ?? []),
  ]);
  const numbers = rules.numbers.flatMap((n) => [...(n.withinRecord ?? []), ...(n.precededBy ?? [])]);
  const { socketContext, fileContext, unixSocketMarks } = rules.context;
  return phrases.concat(
    rules.notErrors.flatMap((r) => r.near ?? []),
    numbers,
    socketContext,
    fileContext,
    unixSocketMarks,
  );
}
