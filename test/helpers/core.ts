import { type Catalog, loadCatalog } from '../../src/core/catalog.js';
import type { CoreContext } from '../../src/core/core-context.js';
import type { Core } from '../../src/core/core-types.js';
import { createCore } from '../../src/core/create-core.js';
import { detectErrors } from '../../src/core/detect.js';
import { loadTranslations } from '../../src/core/i18n.js';
import { createLogger, type Logger } from '../../src/core/logger.js';
import { createLookup } from '../../src/core/lookup.js';
import { createMemoryStore, type Store } from '../../src/core/store.js';

let catalog: Catalog | undefined;
/** The real catalog, loaded once per test file. */
export function realCatalog(): Catalog {
  catalog ??= loadCatalog();
  return catalog;
}

/** A logger that keeps its lines, for assertions. */
export function memoryLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  return Object.assign(createLogger({ level: 'debug', write: (l) => lines.push(l) }), { lines });
}

/** A real core over the real catalog, with an in-memory store and a controllable clock. */
export function testCore(options: { cooldownMs?: number; now?: () => number; store?: Store } = {}): {
  core: Core;
  store: Store;
  logger: Logger & { lines: string[] };
} {
  const store = options.store ?? createMemoryStore(options.now ? { now: options.now } : {});
  const logger = memoryLogger();
  const core = createCore({
    catalog: realCatalog(),
    store,
    logger,
    cooldownMs: options.cooldownMs ?? 10 * 60_000,
    defaultLang: 'en',
  });
  return { core, store, logger };
}

/** The context the CLI and the reply builders use. */
export function testContext(): CoreContext {
  const c = realCatalog();
  return {
    catalog: c,
    lookup: createLookup(c),
    detect: detectErrors,
    t: loadTranslations(),
    store: createMemoryStore(),
    logger: memoryLogger(),
    cooldownMs: 0,
    defaultLang: 'en',
  };
}
