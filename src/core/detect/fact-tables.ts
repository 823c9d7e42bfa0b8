import type { ErrorFacts } from '../catalog/index.js';
import { createFactHelpers, type FactHelpers } from './fact-helpers.js';
import type { ContextRule } from './hit.js';
import { createMessageTable, type MessageInfo } from './message-table.js';
import { PATTERNS } from './patterns.js';
import type { ContextRules, DetectionRules } from './rules.js';
import { createUnixSocketCheck, type UnixSocketCheck } from './unix-socket.js';

/** A symbol (`ECONNRESET`, `WSAECONNRESET`, `SocketError.ConnectionReset`, `HOST_NOT_FOUND`). */
export interface SymbolInfo {
  symbol: string;
  id: string;
  /** WSA names and .NET SocketError members: socket errors whatever surrounds them. */
  explicit: boolean;
  context: ContextRule;
}

/** Everything the facts say, indexed for detection: data only, which a build can save as it is. */
export interface FactData {
  ids: ReadonlySet<string>;
  symbols: SymbolInfo[];
  messages: Map<string, MessageInfo>;
  /** Exception class → ids (Python and Java), as evidence for numbers. */
  classes: Map<string, string[]>;
  rustKinds: Map<string, string[]>;
  dotnetMembers: Map<string, string[]>;
  byCode: Map<number, string>;
  posix: { linux: Map<number, string[]>; macos: Map<number, string[]>; freebsd: Map<number, string[]> };
  /** newlib's errno numbers (ESP-IDF's lwIP, Zephyr): 113 is ECONNABORTED there, EHOSTUNREACH on Linux. */
  newlib: Map<number, string[]>;
  libuv: Map<number, string[]>;
  gai: Map<number, string[]>;
  /** h_errno values (`socket.herror: [Errno 1]`, Boost's `asio.netdb:1`). */
  herrno: Map<number, string[]>;
}

/** The fact data, and what detection asks of the facts as it reads. */
export interface FactTables extends FactData, Pick<FactHelpers, 'prefer' | 'contextRule' | 'cap'> {
  /** Which findings are about a Unix-domain socket's file (EACCES on `unix:/run/php-fpm.sock`). */
  unixSocket: UnixSocketCheck;
}

/** The tables of `data` (built now, or saved by a build), with the helpers made from the facts and rules. */
export function withFactHelpers(
  data: FactData,
  facts: readonly ErrorFacts[],
  rules: ContextRules,
  helpers: FactHelpers = createFactHelpers(facts, rules),
): FactTables {
  const { prefer, contextRule, cap } = helpers;
  return {
    ...data,
    prefer,
    contextRule,
    cap,
    unixSocket: createUnixSocketCheck(facts, rules.unixSocketMarks, rules.unixSocketFileErrors),
  };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}

/** Builds the detection tables from the catalog facts, the context rules, the translated texts and newlib's numbers. */
export function buildFactTables(
  facts: readonly ErrorFacts[],
  rules: ContextRules,
  data: Pick<DetectionRules, 'localized' | 'glibc' | 'newlib'>,
): FactTables {
  const helpers = createFactHelpers(facts, rules);
  const { byId, prefer, contextRule, needsContext, ruleFor, cap, ownSymbols, ownsLibuvCode, REQUIRED, NONE } =
    helpers;
  const messageTable = createMessageTable(rules.networkWords, { prefer, cap, contextRule });

  const symbols: SymbolInfo[] = [];
  const seenSymbols = new Set<string>();
  const classes = new Map<string, string[]>();
  const rustKinds = new Map<string, string[]>();
  const dotnetMembers = new Map<string, string[]>();
  const byCode = new Map<number, string>();
  const posix = { linux: new Map<number, string[]>(), macos: new Map(), freebsd: new Map() };
  const newlib = new Map<number, string[]>();
  const libuv = new Map<number, string[]>();
  const gai = new Map<number, string[]>();
  const herrno = new Map<number, string[]>();

  for (const f of facts) {
    const context = needsContext(f.id);
    for (const symbol of ownSymbols(f)) {
      if (seenSymbols.has(symbol)) continue;
      seenSymbols.add(symbol);
      const explicit = symbol.startsWith('WSA') || symbol.startsWith('SocketError.');
      const posixLike = PATTERNS.posixSymbol.test(symbol);
      const special = explicit || posixLike || PATTERNS.resolverSymbol.test(symbol);
      const context = !special ? REQUIRED : posixLike ? ruleFor([symbol]) : NONE;
      symbols.push({ symbol, id: f.id, explicit, context });
    }
    if (f.libuv?.getaddrinfo && !ownSymbols(f).has(f.libuv.getaddrinfo.code)) {
      const symbol = `getaddrinfo ${f.libuv.getaddrinfo.code}`;
      symbols.push({ symbol, id: f.id, explicit: false, context: NONE });
    }
    messageTable.addFacts(f, context, ownsLibuvCode(f), ownSymbols(f));
    if (f.python && f.python !== 'OSError') push(classes, f.python.replace(PATTERNS.pythonModule, ''), f.id);
    if (f.java && f.java.exception !== 'java.net.SocketException')
      push(classes, f.java.exception.replace(PATTERNS.javaPackage, ''), f.id);
    if (f.rust && f.rust !== 'Uncategorized') push(rustKinds, f.rust, f.id);
    if (f.dotnet) push(dotnetMembers, f.dotnet, f.id);
    if (f.code !== null) byCode.set(f.code, f.id);
    if (f.posix) {
      for (const os of ['linux', 'macos', 'freebsd'] as const) {
        const n = f.posix[os];
        if (n !== null) push(posix[os], n, f.id);
      }
      const inNewlib = data.newlib[f.posix.name];
      if (inNewlib !== undefined) push(newlib, inNewlib, f.id);
    }
    if (f.libuv && ownsLibuvCode(f) && f.libuv.code !== 'UNKNOWN') push(libuv, f.libuv.windows, f.id);
    const g = f.libuv?.getaddrinfo;
    if (g && ownSymbols(f).has(g.code)) push(libuv, g.windows, f.id);
    const glibc = f.resolver?.getaddrinfo?.glibc;
    if (glibc !== undefined && glibc !== null) push(gai, glibc, f.id);
    const h = f.resolver?.hErrno;
    if (h) push(herrno, h.value, f.id);
  }
  for (const m of data.localized) messageTable.addLocalized(m, byId.get(m.id)?.systemMessage ?? null);
  // A translated generic text (`Ungültiges Argument`, `Broken pipe` in Korean) is no evidence of a
  // socket error; the English text, a symbol or a number next to it still is. Only texts that are
  // socket errors on their own are loaded in every language. One text is two ids' (Linux's EWOULDBLOCK
  // is EAGAIN, `Resource temporarily unavailable`, for 10035 and EAGAIN): English reads it only with
  // socket words near, as EAGAIN needs them, so no translation of it is loaded for either (bash's
  // `fork: retry: 资源暂时不可用`, a process limit, was a medium 10035).
  const needsWords = new Set(data.glibc.filter((m) => needsContext(m.id)).map((m) => m.msgid));
  for (const m of data.glibc) if (!needsWords.has(m.msgid)) messageTable.addGlibc(m);
  const messages = messageTable.build();
  for (const map of [
    classes,
    rustKinds,
    dotnetMembers,
    libuv,
    gai,
    herrno,
    newlib,
    ...Object.values(posix),
  ]) {
    for (const [key, ids] of map as Map<unknown, string[]>) map.set(key as never, prefer(ids) as never);
  }
  const tables: FactData = {
    ids: new Set(byId.keys()),
    symbols,
    messages,
    classes,
    rustKinds,
    dotnetMembers,
    byCode,
    posix,
    newlib,
    libuv,
    gai,
    herrno,
  };
  return withFactHelpers(tables, facts, rules, helpers);
}
