import type { Category } from './catalog-types.js';
import { CATEGORIES } from './catalog-types.js';

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
 * What most likely happened first: a name must resolve before a route is tried, a route must
 * exist before a peer can refuse, a refused or silent peer comes before resets of live
 * connections; local exhaustion and programming errors are usually consequences.
 */
export function rankCategory(category: Category): number {
  return CATEGORIES.indexOf(category);
}
