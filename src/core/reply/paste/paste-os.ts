import type { Finding } from '../../detect/index.js';

/** An operating system a paste can show, and a check's commands can be written for. */
export type Os = 'windows' | 'macos' | 'linux';

export const OSES: readonly Os[] = ['windows', 'macos', 'linux'];

/** Where a paste's program ran, besides its OS: in a Kubernetes cluster, whose own checks then come early. */
export type Cluster = 'kubernetes';

/** Where a paste's program ran, as far as the paste shows. */
export interface PasteSetting {
  os?: Os;
  cluster?: Cluster;
}

export type Place = Os | Cluster;
export const PLACES: readonly Place[] = [...OSES, 'kubernetes'];

/**
 * What only one OS prints: its own error texts and numbers, its paths and prompts. Words that any
 * OS's programs print are left out: .NET's `SocketException` runs on Linux too, musl (Alpine) says
 * `Operation timed out` as macOS does, and curl says it of its own timer. Each alternative starts
 * on fixed words, so a test is linear in the paste.
 */
export const SIGNS: Record<Place, RegExp> = {
  windows: new RegExp(
    [
      String.raw`\bWinError\b`,
      String.raw`\bwsa(?:recv|send|ioctl)\b`,
      String.raw`\bWSAE[A-Z]{3,}`,
      String.raw`\bos error 1[01]\d{3}\b`,
      String.raw`\bsocket error #? ?1[01]\d{3}\b`,
      // libuv's Windows errnos (`errno: -4078`)
      String.raw`\berrno:? ?-40\d\d\b`,
      String.raw`\b[A-Z]:\\[\w$.]`,
      'actively refused it',
      'forcibly closed by the remote host',
      'did not properly respond after a period',
      'No such host is known',
      'aborted by the software in your host machine',
      // .NET Framework's WebException (.NET Core and Mono word it otherwise)
      'remote name could not be resolved',
      // The JDK's Windows socket code: `Connection timed out: no further information`
      'no further information',
    ].join('|'),
  ),
  macos: new RegExp(
    [
      String.raw`/Users/\w`,
      String.raw`\b[Dd]arwin\b`,
      String.raw`\bmacOS\b`,
      String.raw`\bMac ?OS ?X\b`,
      String.raw`\bMacBook`,
      String.raw`\.dylib\b`,
      '/opt/homebrew',
      '/usr/local/Cellar',
      '/private/var/folders',
      String.raw`\.app/Contents`,
      'NSURLErrorDomain',
      'kCFErrorDomain',
      'nodename nor servname provided',
      // Darwin's socket errnos: EADDRINUSE 48 … ENOTCONN 57, ETIMEDOUT 60, ECONNREFUSED 61, EHOSTDOWN 64, EHOSTUNREACH 65
      String.raw`\[Errno (?:4[89]|5[01345]|57|6[0145])\]`,
      String.raw`\(os error (?:4[89]|5[01345]|57|6[0145])\)`,
      String.raw`\berrno(?::? ?-| ?[=:] ?)(?:4[89]|5[01345]|57|6[0145])\b`,
    ].join('|'),
  ),
  linux: new RegExp(
    [
      // Linux's socket errnos: EADDRINUSE 98 … ENOTCONN 107, ETIMEDOUT 110 … EHOSTUNREACH 113
      String.raw`\[Errno (?:9[89]|10[01345]|107|11[0-3])\]`,
      String.raw`\(os error (?:9[89]|10[01345]|107|11[0-3])\)`,
      String.raw`\berrno(?::? ?-| ?[=:] ?)(?:9[89]|10[01345]|107|11[0-3])\b`,
      // nginx's `connect() failed (111: Connection refused)`, Python's `ConnectionResetError(104, '…')`
      String.raw`\(1(?:0[14]|1[0-3]): [A-Z]`,
      String.raw`Error\(1(?:0[14]|1[0-3]), '`,
      'Temporary failure in name resolution',
      'Name or service not known',
      'Transport endpoint is not connected',
      String.raw`/home/\w`,
      String.raw`\bsystemd\b`,
      String.raw`\bjournalctl\b`,
      String.raw`\b[Uu]buntu\b`,
      String.raw`\b[Dd]ebian\b`,
      String.raw`\bCentOS\b`,
      String.raw`\b[Ll]inux\b`,
    ].join('|'),
  ),
  // Kubernetes' own programs and names: a pod's Service, DNS, probes and the node's agents.
  kubernetes: new RegExp(
    [
      String.raw`\bkube(?:ctl|let|adm|-proxy|-dns|-system|-apiserver|rnetes\.default)\b`,
      String.raw`\bKubernetes\b`,
      String.raw`\.svc\.cluster\.local\b`,
      String.raw`\b(?:Liveness|Readiness|Startup) probe failed\b`,
      String.raw`\bk8s\.io/`,
      String.raw`\b(?:coredns|CoreDNS|k3s|minikube)\b`,
    ].join('|'),
  ),
};

/** A Winsock number as such (`socket error: 10048`, `[WinError 10061]`): Windows programs print them. */
const winsockNumber = (finding: Finding) => finding.form === 'code' && /^1[01]\d{3}$/.test(finding.id);

/** The OS shown, when exactly one is, and the cluster shown. */
export function settingOf(shown: ReadonlySet<Place>, findings: readonly Finding[]): PasteSetting {
  const oses = new Set(OSES.filter((os) => shown.has(os)));
  if (findings.some(winsockNumber)) oses.add('windows');
  const [os] = oses.size === 1 ? [...oses] : [];
  return { ...(os ? { os } : {}), ...(shown.has('kubernetes') ? { cluster: 'kubernetes' as const } : {}) };
}

/**
 * The OS a paste shows, when it shows exactly one: its checks then lead with that OS's commands.
 * A paste with signs of two (a Windows client's log beside a Linux server's) shows none.
 */
export function osOfPaste(text: string, findings: readonly Finding[] = []): Os | undefined {
  return settingOfPaste(text, findings).os;
}

/** The OS a paste shows (see {@link osOfPaste}), and whether it shows a Kubernetes cluster. */
export function settingOfPaste(text: string, findings: readonly Finding[] = []): PasteSetting {
  return settingOf(new Set(PLACES.filter((place) => SIGNS[place].test(text))), findings);
}
