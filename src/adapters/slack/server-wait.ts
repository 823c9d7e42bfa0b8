import type { Server } from 'node:http';
import { settleWithin } from '../settle-within.js';

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

/** Whether `promise` settled within `ms`. */
export const within = (promise: Promise<unknown>, ms: number): Promise<boolean> =>
  settleWithin(
    promise.then(() => true),
    ms,
    false,
  );
