import { request } from 'node:http';
import { createServer } from 'node:net';
import { setTimeout as delay } from 'node:timers/promises';

/** A port that is free on 127.0.0.1 right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** The HTTP status of one GET, or 0 when nothing answers (yet). */
function getStatus(url: string): Promise<number> {
  return new Promise((resolve) => {
    const req = request(url, { agent: false, timeout: 1000 }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', () => resolve(0));
    req.on('timeout', () => req.destroy());
    req.end();
  });
}

/**
 * Polls `url` every `everyMs` until it answers 200; resolves with `performance.now()` at that
 * answer. Rejects after `timeoutMs` or when `exited` settles first (the process died).
 */
export async function waitFor200(
  url: string,
  options: { timeoutMs: number; everyMs?: number; exited?: Promise<unknown> },
): Promise<number> {
  const deadline = performance.now() + options.timeoutMs;
  let dead = false;
  void options.exited?.then(() => {
    dead = true;
  });
  while (performance.now() < deadline) {
    if (dead) throw new Error(`the process behind ${url} exited before answering 200`);
    if ((await getStatus(url)) === 200) return performance.now();
    await delay(options.everyMs ?? 5);
  }
  throw new Error(`${url} did not answer 200 within ${options.timeoutMs} ms`);
}
