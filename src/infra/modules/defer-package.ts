import { createRequire, Module } from 'node:module';

const requireHere = createRequire(import.meta.url);

/**
 * Makes the CommonJS package `name`, as the package `requiredBy` requires it, a stand-in that loads
 * the real package the first time any of its exports is read. A package whose import requires
 * another it needs only on one path then costs nothing on the others: Bolt requires
 * `@slack/socket-mode`, and with it undici, at its own import, though only Socket Mode uses them.
 * Node's module cache may be given entries (`require.cache`); the stand-in takes the real package's
 * place there until it is loaded. Where either package cannot be resolved, nothing changes (the
 * import that needs it fails as it would have).
 */
export function deferPackage(name: string, requiredBy: string): void {
  let file: string;
  let requireAsParent: NodeJS.Require;
  try {
    requireAsParent = createRequire(requireHere.resolve(requiredBy));
    file = requireAsParent.resolve(name);
  } catch {
    return;
  }
  const cache = requireHere.cache;
  // Already loaded (or already deferred): the cache holds what every later require gets.
  if (cache[file]) return;
  let real: Record<PropertyKey, unknown> | undefined;
  const load = () => {
    if (real === undefined) {
      if (cache[file]?.exports === standIn) delete cache[file];
      real = requireAsParent(name) as Record<PropertyKey, unknown>;
    }
    return real;
  };
  const standIn: object = new Proxy(
    {},
    {
      get: (_, key) => load()[key],
      has: (_, key) => key in load(),
      ownKeys: () => Reflect.ownKeys(load()),
      // A proxy may not call a property non-configurable that its own target lacks.
      getOwnPropertyDescriptor: (_, key) => {
        const descriptor = Reflect.getOwnPropertyDescriptor(load(), key);
        return descriptor && { ...descriptor, configurable: true };
      },
    },
  );
  const entry = new Module(file);
  entry.filename = file;
  entry.exports = standIn;
  entry.loaded = true;
  cache[file] = entry;
}
