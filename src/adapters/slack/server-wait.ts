import type { Server } from 'node:http';

/** Starts listening; rejects with the listen error (EADDRINUSE…). */
export function listen(server: Server, port: number, host: string | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

/** `promise`'s value, or `fallback` when it has not settled within `ms` (the timer is cleared either way). */
export async function settleWithin<T, F>(promise: Promise<T>, ms: number, fallback: F): Promise<T | F> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<F>((resolve) => {
    timer = setTimeout(() => resolve(fallback), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Whether `promise` settled within `ms`. */
export const within = (promise: Promise<unknown>, ms: number): Promise<boolean> =>
  settleWithin(
    promise.then(() => true),
    ms,
    false,
  );
