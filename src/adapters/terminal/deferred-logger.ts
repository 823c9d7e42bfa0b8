import type { LogFields, Logger } from '../../core/index.js';

/**
 * core's `Logger` for a one-shot command, at level `error`: the sink (pino, `src/infra/logging/`)
 * is loaded only if an error is logged, which a look-up or a scan never does, so a command does
 * not pay for loading it. Lines logged before it has loaded are written by `flush`, which the
 * command awaits before it exits.
 */
export function createDeferredLogger(): Logger & { flush(): Promise<void> } {
  const lines: { message: string; fields: LogFields }[] = [];
  let writing: Promise<void> | undefined;
  const write = () => {
    writing ??= import('../../infra/logging/index.js').then(({ createLogger }) => {
      const sink = createLogger({ level: 'error' });
      for (const { message, fields } of lines.splice(0)) sink.error(message, fields);
    });
    return writing;
  };
  const at = (context: LogFields): Logger => ({
    debug: () => {},
    info: () => {},
    warn: () => {},
    error: (message, fields) => {
      lines.push({ message, fields: { ...context, ...fields } });
      void write();
    },
    child: (fields) => at({ ...context, ...fields }),
  });
  return Object.assign(at({}), {
    flush: async () => {
      if (lines.length > 0) await write();
      await writing;
    },
  });
}
