/**
 * The data model of the error catalog (`data/catalog.json` plus `data/explanations/<locale>.json`).
 * Field names are the JSON output's names (camelCase), so `--json` prints entries as they are.
 */

/** Languages sockerr speaks. The first one is the fallback. */
export const LOCALES = ['en', 'zh-TW'] as const;
export type Locale = (typeof LOCALES)[number];

/** What kind of failure an error is. */
export const CATEGORIES = [
  'dns',
  'refused',
  'timeout',
  'reset',
  'unreachable',
  'address',
  'resource',
  'usage',
  'setup',
  'qos',
] as const;
export type Category = (typeof CATEGORIES)[number];

/** Where the trouble most likely sits: what an on-call engineer looks at first. */
export const GROUPS = ['remote', 'network', 'local', 'programming'] as const;
export type Group = (typeof GROUPS)[number];

/** Whether retrying the same operation can succeed. */
export const RETRYABLE = ['yes', 'no', 'maybe'] as const;
export type Retryable = (typeof RETRYABLE)[number];

/** The POSIX counterpart of an error, with its number on each platform sockerr knows. */
interface PosixFacts {
  name: string;
  linux: number | null;
  macos: number | null;
  freebsd: number | null;
  /** glibc's strerror() text for the Linux number. */
  strerror: string | null;
}

/** getaddrinfo() and h_errno counterparts of a resolver error. */
interface ResolverFacts {
  getaddrinfo: {
    name: string;
    glibc: number | null;
    macos: number | null;
    freebsd: number | null;
    /** glibc's gai_strerror() text. */
    message: string | null;
    /** libuv's `UV_EAI_*` number (the same on every OS) and the `err.code` Node reports for it. */
    libuv: { code: string; errno: number } | null;
  } | null;
  hErrno: { name: string; value: number; message: string | null } | null;
}

/** How Node.js/libuv reports the error. */
interface LibuvFacts {
  /** Node's `err.code`, e.g. `ECONNRESET`; `UNKNOWN` when libuv has no mapping. */
  code: string;
  /** The negative `err.errno` on Windows, e.g. -4077. */
  windows: number;
  /** libuv's uv_strerror() text. */
  message: string;
  /** When getaddrinfo() reports the code, libuv translates it differently. */
  getaddrinfo: { code: string; windows: number; message: string } | null;
}

interface JavaFacts {
  exception: string;
  /** The text the JDK puts before `: <detail>` on Windows; null when the message is the host name. */
  message: string | null;
}

/** The facts about one error, all from the reference facts in `test/fixtures/reference/`. */
export interface ErrorFacts {
  /** Winsock code as a string (`"10054"`), else the POSIX/resolver name (`"EPIPE"`). */
  id: string;
  code: number | null;
  /** Primary symbol: the WSA macro where one exists. */
  name: string;
  /** Every other symbol the error goes by (unique across the catalog). */
  aliases: string[];
  /** Microsoft's short title on the "Windows Sockets Error Codes" page. */
  title: string | null;
  /** The Windows FormatMessage text (what appears in logs). */
  systemMessage: string | null;
  posix: PosixFacts | null;
  resolver: ResolverFacts | null;
  libuv: LibuvFacts | null;
  /** `System.Net.Sockets.SocketError` member. */
  dotnet: string | null;
  /** The Python exception class. */
  python: string | null;
  java: JavaFacts | null;
  /** Rust's `std::io::ErrorKind` on Windows. */
  rust: string | null;
  /** `HRESULT_FROM_WIN32(code)`, e.g. `0x80072746`. */
  hresult: string | null;
  category: Category;
  retryable: Retryable;
}

/** The facts as the catalog keeps them, with where to look first (10053 is a local abort: `local`). */
export type CatalogFacts = ErrorFacts & {
  group: Group;
  /**
   * The retry advice instead, where a situation changes it: a port in use where a server binds
   * (`listening`) is held by another socket, and binding again at once does not free it.
   */
  retryWhen?: Partial<Record<Situation, Retryable>>;
};

/** What a paste can show about a failing call that changes what to check (see `EntryText.checksWhen`). */
export const SITUATIONS = ['udp', 'established', 'listening', 'connecting', 'macos'] as const;
export type Situation = (typeof SITUATIONS)[number];

/** Our own words about an error in one language. */
export interface EntryText {
  /** One sentence: what happened. */
  summary: string;
  /** Likely causes, in an on-call setting, most likely first. */
  causes: string[];
  /** What to check first, with concrete commands where they help. */
  checks: string[];
  /**
   * The checks instead, where a paste shows a situation they do not fit: a UDP socket's error
   * (`udp`), a connection that was up (`established`), a server's bind, listen or accept
   * (`listening`), an outgoing connect and nothing else (`connecting`), an OS whose commands differ
   * (`macos`).
   */
  checksWhen?: Partial<Record<Situation, string[]>>;
  /** The summary instead, where a situation changes what happened (a UDP refusal is no TCP reset). */
  summaryWhen?: Partial<Record<Situation, string>>;
  /** The causes instead, likewise (a timeout on a connection that was up has no handshake's causes). */
  causesWhen?: Partial<Record<Situation, string[]>>;
  /** For usage errors: the calls that raise it. */
  calls?: string[];
  /** Extra words people search by (fuzzy look-up only). */
  keywords?: string[];
}

/** One catalog entry: facts plus text in every locale. */
export type CatalogEntry = CatalogFacts & { readonly [L in Locale]: EntryText };
