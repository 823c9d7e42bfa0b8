import { OSES, type Os, type PasteSetting } from './paste/paste-os.js';

/** How checks name an OS, in either locale. */
const OS_WORD = { Windows: 'windows', Linux: 'linux', macOS: 'macos' } as const satisfies Record<string, Os>;
const osOfWord = (word: string | undefined): Os | undefined => OS_WORD[word as keyof typeof OS_WORD];
/** An OS's clause of a check made of one for each (`Linux: `ss …`; macOS: `lsof …``). */
const OS_CLAUSE = /^(Windows|Linux|macOS)[:：]/;

/**
 * A clause that says which OS it is for: `Windows: …`, `Linux low ports: …`, `…; macOS: …`
 * (full-width `：` and `；` in Traditional Chinese). A check with such a label is for those OSes only.
 */
const LABEL = /(?:^|[;；] ?)[^:：;；`]{0,40}?\b(Windows|Linux|macOS)\b[^:：;；`]{0,30}[:：]/g;

/** Commands that run on one OS (or on Linux and macOS), by how they start. */
const COMMANDS: readonly [RegExp, readonly Os[]][] = [
  [
    /^(?:Get-|Test-Net|Test-Connection|Resolve-DnsName|Find-NetRoute|Clear-DnsClientCache|netsh|ipconfig|tasklist|tracert|pathping|route print|nbtstat|netstat -ano|netstat -s -p)/,
    ['windows'],
  ],
  [
    /^(?:ss|getent|ip|conntrack|sysctl net\.|nstat|resolvectl|iptables|nft|firewall-cmd|systemctl|journalctl|ethtool)\b/,
    ['linux'],
  ],
  [/^(?:scutil|dscacheutil|networksetup|route -n get)\b/, ['macos']],
  [/^(?:lsof|dig|tcpdump|nc|traceroute|mtr|cat \/etc\/resolv\.conf|ulimit)\b/, ['linux', 'macos']],
];

/** The OSes a check is written for; empty when it is for any (prose, `kubectl`, a config change). */
function scopeOf(check: string): Set<Os> {
  const labels = [...check.matchAll(LABEL)].flatMap((m) => osOfWord(m[1]) ?? []);
  if (labels.length > 0) return new Set(labels);
  const scope = new Set<Os>();
  for (const [, command] of check.matchAll(/`([^`]+)`/g)) {
    for (const [re, oses] of COMMANDS) if (re.test(command ?? '')) for (const os of oses) scope.add(os);
  }
  return scope;
}

/** One OS's commands in a list of them: `` `ip route get x` (Linux)``, `` `a` or `b`（Windows）``. */
const ALTERNATIVE = String.raw`\`[^\`]+\`(?:(?: or | and | 或 | 和 )\`[^\`]+\`)* ?[(（](?:Windows|Linux|macOS)[)）]`;
const ALTERNATIVES = new RegExp(`${ALTERNATIVE}(?:(?:, |、)${ALTERNATIVE})+`, 'g');

/** A check's list of each OS's commands, with the paste's OS first and the others in their order. */
function leadWith(check: string, os: Os): string {
  const clauses = check.split(/; |；/);
  const ownClause = clauses.findIndex((clause) => osOfWord(OS_CLAUSE.exec(clause)?.[1]) === os);
  if (clauses.length > 1 && ownClause > 0 && clauses.every((clause) => OS_CLAUSE.test(clause))) {
    const separator = check.includes('；') ? '；' : '; ';
    return [clauses[ownClause], ...clauses.filter((_, i) => i !== ownClause)].join(separator);
  }
  return check.replace(ALTERNATIVES, (run) => {
    const separator = run.includes('、') && !run.includes(', ') ? '、' : ', ';
    const items = run.match(new RegExp(ALTERNATIVE, 'g')) ?? [];
    const own = items.filter((item) => osOfWord(item.match(/[(（](\w+)[)）]$/)?.[1]) === os);
    return own.length > 0 ? [...own, ...items.filter((item) => !own.includes(item))].join(separator) : run;
  });
}

/** A check for Kubernetes itself (`Kubernetes: kubectl get endpoints …`). */
const CLUSTER_CHECK = /^Kubernetes[:：]/;

/**
 * An entry's checks in the order a reader where the paste ran can follow (see {@link checksForOs});
 * in a Kubernetes cluster, the check for Kubernetes itself comes second, right after the catalog's
 * first, so a brief answer shows it too.
 */
export function checksFor(checks: readonly string[], setting: PasteSetting = {}): string[] {
  const ordered = checksForOs(checks, setting.os);
  const cluster = setting.cluster === 'kubernetes' ? ordered.findIndex((c) => CLUSTER_CHECK.test(c)) : -1;
  if (cluster > 1) ordered.splice(1, 0, ...ordered.splice(cluster, 1));
  return ordered;
}

/**
 * An entry's checks in the order a reader on the paste's OS can follow: where a check is for
 * other OSes only (`Windows: netsh …` on a Linux paste, `getent`/`dig` on a Windows one), the
 * first later check for this OS comes before it, and a list of each OS's commands leads with
 * this OS's. Nothing else moves: the catalog's order says what to check first. Without an OS the
 * checks are as written.
 */
function checksForOs(checks: readonly string[], os: Os | undefined): string[] {
  if (!os || !OSES.includes(os)) return [...checks];
  const ordered = checks.map((check) => leadWith(check, os));
  const scopes = ordered.map(scopeOf);
  const foreign = scopes.findIndex((scope) => scope.size > 0 && !scope.has(os));
  if (foreign < 0) return ordered;
  const later = (test: (scope: Set<Os>) => boolean) => scopes.findIndex((s, i) => i > foreign && test(s));
  const own = [later((s) => s.size === 1 && s.has(os)), later((s) => s.has(os))].find((i) => i >= 0);
  if (own === undefined) return ordered;
  const [moved] = ordered.splice(own, 1);
  ordered.splice(foreign, 0, moved as string);
  return ordered;
}
