import type { Catalog } from '../catalog/index.js';
import { commonness } from './commonness.js';
import type { LookupMatch } from './readings.js';

/** `java.net.ConnectException`, `ConnectException`, `java.net.ConnectException:` as pasted. */
const CLASS_NAME = /^(?:[a-z][a-z0-9_]{0,30}\.){0,4}([A-Z][A-Za-z0-9]{0,60}Exception):?$/;

/**
 * The errors a Java exception class is thrown for, the everyday one first, when the query is that
 * class alone (`java.net.ConnectException`: 10061 and 10060). The detector reads such a class
 * only beside its message, and look-up answered it as no socket error at all.
 */
export function readJavaClass(catalog: Catalog, query: string): LookupMatch[] {
  const name = CLASS_NAME.exec(query.trim())?.[1];
  if (!name) return [];
  return catalog.entries
    .filter((e) => e.java?.exception.endsWith(`.${name}`))
    .sort((a, b) => commonness(a.id) - commonness(b.id))
    .map((entry) => ({ entry, readings: [{ kind: 'java', name: entry.java?.exception ?? name }] }));
}
