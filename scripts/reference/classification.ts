import type { Category, Group, Retryable } from '../../src/core/catalog/types.js';

/** Where the trouble usually sits for each kind of failure; {@link GROUP_EXCEPTIONS} says where not. */
const GROUP_OF = {
  dns: 'network',
  setup: 'local',
  unreachable: 'network',
  address: 'local',
  refused: 'remote',
  timeout: 'network',
  reset: 'remote',
  resource: 'local',
  usage: 'programming',
  qos: 'network',
} as const satisfies Record<Category, Group>;

/**
 * Errors whose category says "connection torn down" but whose cause sits elsewhere: 10053 is the
 * local stack aborting the connection (its summary says so), 10052 is a keep-alive failure on the path.
 */
const GROUP_EXCEPTIONS: Record<string, Group> = {
  '10052': 'network',
  '10053': 'local',
};

/**
 * Our judgement per error: what kind of failure it is and whether a retry can help. Reviewed
 * against each entry's causes: 10060 is `maybe`, not `yes`, because its usual causes (a firewall
 * dropping the SYN, a dead or wrong address) do not go away on a retry.
 */
const CLASSIFICATION: Record<string, [Category, Retryable]> = {
  '6': ['usage', 'no'],
  '8': ['resource', 'maybe'],
  '87': ['usage', 'no'],
  '995': ['usage', 'maybe'],
  '996': ['usage', 'yes'],
  '997': ['usage', 'no'],
  '10004': ['usage', 'maybe'],
  '10009': ['usage', 'no'],
  '10013': ['address', 'no'],
  '10014': ['usage', 'no'],
  '10022': ['usage', 'no'],
  '10024': ['resource', 'maybe'],
  '10035': ['usage', 'yes'],
  '10036': ['usage', 'yes'],
  '10037': ['usage', 'maybe'],
  '10038': ['usage', 'no'],
  '10039': ['usage', 'no'],
  '10040': ['usage', 'no'],
  '10041': ['usage', 'no'],
  '10042': ['usage', 'no'],
  '10043': ['setup', 'no'],
  '10044': ['setup', 'no'],
  '10045': ['usage', 'no'],
  '10046': ['setup', 'no'],
  '10047': ['setup', 'no'],
  '10048': ['address', 'maybe'],
  '10049': ['address', 'maybe'],
  '10050': ['unreachable', 'maybe'],
  '10051': ['unreachable', 'maybe'],
  '10052': ['reset', 'maybe'],
  '10053': ['reset', 'maybe'],
  '10054': ['reset', 'maybe'],
  '10055': ['resource', 'maybe'],
  '10056': ['usage', 'no'],
  '10057': ['usage', 'no'],
  '10058': ['usage', 'no'],
  '10059': ['resource', 'no'],
  '10060': ['timeout', 'maybe'],
  '10061': ['refused', 'maybe'],
  '10062': ['usage', 'no'],
  '10063': ['usage', 'no'],
  '10064': ['unreachable', 'maybe'],
  '10065': ['unreachable', 'maybe'],
  '10066': ['usage', 'no'],
  '10067': ['resource', 'maybe'],
  '10068': ['resource', 'no'],
  '10069': ['resource', 'no'],
  '10070': ['usage', 'no'],
  '10071': ['usage', 'no'],
  '10091': ['setup', 'maybe'],
  '10092': ['setup', 'no'],
  '10093': ['usage', 'no'],
  '10101': ['reset', 'no'],
  '10102': ['usage', 'no'],
  '10103': ['usage', 'no'],
  '10104': ['setup', 'no'],
  '10105': ['setup', 'no'],
  '10106': ['setup', 'no'],
  '10107': ['setup', 'maybe'],
  '10108': ['dns', 'no'],
  '10109': ['usage', 'no'],
  '10110': ['usage', 'no'],
  '10111': ['usage', 'no'],
  '10112': ['dns', 'maybe'],
  '11001': ['dns', 'no'],
  '11002': ['dns', 'yes'],
  '11003': ['dns', 'maybe'],
  '11004': ['dns', 'no'],
  '11032': ['dns', 'no'],
  '11033': ['setup', 'no'],
  EPIPE: ['reset', 'maybe'],
  EAGAIN: ['resource', 'yes'],
  ECANCELED: ['usage', 'maybe'],
  EPROTO: ['setup', 'no'],
  ENOTSUP: ['usage', 'no'],
  ENONET: ['unreachable', 'maybe'],
  ENFILE: ['resource', 'maybe'],
  EPERM: ['unreachable', 'maybe'],
  ETIME: ['timeout', 'maybe'],
  EAI_SYSTEM: ['dns', 'maybe'],
  EAI_ADDRFAMILY: ['dns', 'no'],
  EAI_CANCELED: ['usage', 'maybe'],
  EAI_OVERFLOW: ['usage', 'no'],
  EAI_BADHINTS: ['usage', 'no'],
  EAI_PROTOCOL: ['usage', 'no'],
};

export interface Classification {
  category: Category;
  group: Group;
  retryable: Retryable;
}

export const classify = (id: string): Classification => {
  const found: [Category, Retryable] | undefined = /^110(0[5-9]|[12]\d|3[01])$/.test(id)
    ? ['qos', 'no']
    : CLASSIFICATION[id];
  if (!found) throw new Error(`import-reference: no classification for ${id}`);
  const [category, retryable] = found;
  return { category, group: GROUP_EXCEPTIONS[id] ?? GROUP_OF[category], retryable };
};
