import type { Category } from './types.js';

/** The four kinds of trouble an on-call engineer sorts errors into. */
export const GROUP_OF = {
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
} as const satisfies Record<Category, 'remote' | 'network' | 'local' | 'programming'>;

/**
 * What most likely happened first (the order of a triage): a name must resolve before a route is tried, a route must
 * exist before a peer can refuse, a refused or silent peer comes before resets of live
 * connections; local exhaustion and programming errors are usually consequences.
 */
export const TRIAGE_ORDER = [
  'dns',
  'setup',
  'unreachable',
  'address',
  'refused',
  'timeout',
  'reset',
  'resource',
  'usage',
  'qos',
] as const satisfies readonly Category[];

/** Position of a category in {@link TRIAGE_ORDER}: lower happened earlier. */
export function rankCategory(category: Category): number {
  return TRIAGE_ORDER.indexOf(category);
}
