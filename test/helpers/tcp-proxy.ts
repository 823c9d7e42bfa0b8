import { connect, createServer, type Socket } from 'node:net';

/**
 * A TCP proxy on 127.0.0.1 in front of a server, whose open connections can be made to go silent
 * the way a connection does when the host behind it vanishes (a failover, a dropped NAT entry, a
 * pulled cable): what is sent is accepted and never answered, and no FIN or RST ever comes. New
 * connections are carried as before, as a client reconnecting would find the new primary.
 */
export interface TcpProxy {
  readonly port: number;
  /** The connections carried so far (each client connection counts once). */
  readonly connections: number;
  /** Every connection open now goes silent for good (both ways); later ones are carried. */
  silenceOpenConnections(): void;
  close(): Promise<void>;
}

export async function startTcpProxy(target: { host: string; port: number }): Promise<TcpProxy> {
  const pairs = new Set<[Socket, Socket]>();
  const silenced = new Set<Socket>();
  let connections = 0;
  const server = createServer((client) => {
    connections += 1;
    const upstream = connect(target.port, target.host);
    const pair: [Socket, Socket] = [client, upstream];
    pairs.add(pair);
    client.pipe(upstream);
    upstream.pipe(client);
    const drop = () => {
      pairs.delete(pair);
      client.destroy();
      upstream.destroy();
    };
    client.on('error', drop).on('close', drop);
    upstream.on('error', drop).on('close', drop);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    port,
    get connections() {
      return connections;
    },
    silenceOpenConnections() {
      for (const [client, upstream] of pairs) {
        client.unpipe(upstream);
        upstream.unpipe(client);
        // Read and thrown away: the client's writes are accepted, as a peer's kernel would ack them.
        client.on('data', () => undefined);
        upstream.pause();
        silenced.add(client).add(upstream);
      }
      pairs.clear();
    },
    async close() {
      for (const [client, upstream] of pairs) {
        client.destroy();
        upstream.destroy();
      }
      for (const socket of silenced) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
