import { createServer } from 'node:net';

/** A port nobody listens on right now, on 127.0.0.1 (PORT must be 1–65535, so 0 cannot be configured). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
