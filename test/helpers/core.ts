import type { CatalogEntry } from '../../src/core/catalog/index.js';
import type { Catalog, Core, Logger, Store } from '../../src/core/index.js';
import { createCore } from '../../src/core/index.js';
import { type CoreData, loadCoreData } from '../../src/infra/data/index.js';
import { hashText } from '../../src/infra/hash/index.js';
import { createLogger } from '../../src/infra/logging/index.js';
import { createMemoryStore } from '../../src/infra/store/index.js';
import { pushInPieces } from './texts.js';

let data: CoreData | undefined;
/** The shipped data (catalog, detection rules, strings), loaded once per test file. */
export function realData(): CoreData {
  data ??= loadCoreData();
  return data;
}

/** The real catalog, loaded once per test file. */
export function realCatalog(): Catalog {
  return realData().catalog;
}

/** One entry of the real catalog; a test that names an id the catalog lacks fails saying so. */
export function realEntry(id: string): CatalogEntry {
  const entry = realCatalog().byId.get(id);
  if (!entry) throw new Error(`no entry ${id}`);
  return entry;
}

/** A logger that keeps its lines, for assertions. */
export function memoryLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  return Object.assign(createLogger({ level: 'debug', write: (l) => lines.push(l) }), { lines });
}

/** A real core over the real data, with an in-memory store and a controllable clock. */
export function testCore(
  options: { cooldownMs?: number; now?: () => number; store?: Store; invoke?: string } = {},
): {
  core: Core;
  store: Store;
  logger: Logger & { lines: string[] };
} {
  const store = options.store ?? createMemoryStore(options.now ? { now: options.now } : {});
  const logger = memoryLogger();
  const core = createCore({
    ...realData(),
    store,
    logger,
    cooldownMs: options.cooldownMs ?? 10 * 60_000,
    defaultLang: 'en',
    hashText,
    ...(options.invoke ? { invoke: options.invoke } : {}),
  });
  return { core, store, logger };
}

/** `core`'s answer for a log given to `sockerr scan` `size` characters at a time. */
export function scanInPieces(core: Core, text: string, size: number) {
  const log = core.scanLog('en');
  pushInPieces(log, text, size);
  return log.end();
}
