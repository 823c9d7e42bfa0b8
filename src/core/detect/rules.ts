import type { Confidence } from './finding.js';

/** Number spaces a context keyword reads its number in (see `data/detection/number-contexts.json`). */
export const NUMBER_SPACES = ['winsock', 'win32', 'posix', 'negposix', 'libuv', 'gai', 'hresult'] as const;
export type NumberSpace = (typeof NUMBER_SPACES)[number];

/** Runtime wording the facts lack, e.g. Go's `no such host`. */
export interface PhraseRule {
  text: string;
  id: string;
  confidence: Confidence;
  /** One of these must appear earlier on the line, else `elseConfidence` (or nothing). */
  requiresBefore?: string[];
  unlessBefore?: string[];
  elseConfidence?: Confidence;
}

/** An exception class name that names one error on its own (`UnknownHostException`). */
export interface ExceptionRule {
  name: string;
  id: string;
  confidence: Confidence;
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
  confidenceCaps: Record<string, Confidence>;
  platformHints: { linux: string[]; macos: string[] };
}

/** A keyword after which runtimes print an error number. */
export interface NumberContext {
  keyword: string;
  spaces: NumberSpace[];
  followedBy?: string[];
  skipQuoted?: boolean;
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
}

/** Everything detection knows besides the catalog facts: `data/detection/*.json`. */
export interface DetectionRules {
  phrases: PhraseRule[];
  exceptions: ExceptionRule[];
  atoms: AtomRule[];
  context: ContextRules;
  numbers: NumberContext[];
  names: NameContext[];
  localized: LocalizedMessage[];
}
