import type { Server } from 'node:http';
import { type WebSocket, WebSocketServer } from 'ws';
import guildCreate from '../../fixtures/discord/guild-create.json' with { type: 'json' };
import readyTemplate from '../../fixtures/discord/ready.json' with { type: 'json' };
import type { FakeWorld } from './fake-discord-world.js';
import { filterForIntents } from './filter-for-intents.js';
import { INTENT_BITS } from './intent-bits.js';

export { INTENT_BITS } from './intent-bits.js';

const OP = {
  Dispatch: 0,
  Heartbeat: 1,
  Identify: 2,
  Resume: 6,
  Reconnect: 7,
  InvalidSession: 9,
  Hello: 10,
} as const;
const HEARTBEAT_ACK = 11;
/** Dispatches kept per session for a RESUME (Discord keeps a bounded backlog too). */
const RESUME_BACKLOG = 1000;
const APP_FLAG_MESSAGE_CONTENT_LIMITED = 1 << 19;

interface Session {
  id: string;
  socket: WebSocket;
  intents: number;
  seq: number;
  /** Every dispatch sent on this session, for RESUME. */
  sent: { s: number; t: string; d: unknown }[];
}

/** The gateway half of the fake: speaks v10 JSON over ws at `/gateway` on the shared HTTP server. */
export interface FakeGateway {
  readonly url: string;
  /** Intents of every IDENTIFY, in order (including refused ones). */
  readonly identifies: number[];
  /** Close codes the fake sent. */
  readonly closeCodes: number[];
  /** Close codes of connections the client closed (1000 for a clean logout). */
  readonly clientCloseCodes: number[];
  heartbeats: number;
  /** Sends a dispatch to every ready session, as Discord would filter it for that session's intents. */
  dispatch(t: string, d: Record<string, unknown>): void;
  /** Asks every session to reconnect (op 7); they RESUME and get the dispatches they missed. */
  requestReconnect(): void;
  readySessions(): number;
  /** Closes every session with this code, as Discord does when it ends a session (4004 after a token reset). */
  closeSessions(code: number, reason: string): void;
  /** Drops every connection without a close frame (a network failure: the client sees 1006). */
  dropConnections(): void;
  /** While true, every new connection is dropped at once (the gateway cannot be reached). */
  refuseConnections(refuse: boolean): void;
  close(): Promise<void>;
}

export function createFakeGateway(server: Server, world: FakeWorld): FakeGateway {
  const wss = new WebSocketServer({ server, path: '/gateway' });
  const sessions = new Map<string, Session>();
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const url = `ws://127.0.0.1:${port}/gateway`;
  let sessionCount = 0;
  let refusing = false;

  const gateway: FakeGateway = {
    url,
    identifies: [],
    closeCodes: [],
    clientCloseCodes: [],
    heartbeats: 0,
    dispatch(t, d) {
      for (const session of sessions.values()) {
        const filtered = filterForIntents(t, d, session.intents, world);
        if (!filtered) continue;
        // While a session is disconnected Discord keeps its events, to replay them on RESUME.
        if (session.socket.readyState === session.socket.OPEN) send(session, t, filtered);
        else keep(session, t, filtered);
      }
    },
    requestReconnect() {
      for (const session of sessions.values())
        session.socket.send(JSON.stringify({ op: OP.Reconnect, d: null }));
    },
    closeSessions(code, reason) {
      for (const session of sessions.values()) closeWith(session.socket, code, reason);
    },
    dropConnections() {
      for (const session of sessions.values()) {
        closedByFake.add(session.socket);
        session.socket.terminate();
      }
    },
    refuseConnections(refuse) {
      refusing = refuse;
    },
    readySessions: () => [...sessions.values()].filter((s) => s.socket.readyState === s.socket.OPEN).length,
    async close() {
      for (const client of wss.clients) {
        closedByFake.add(client);
        client.terminate();
      }
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };

  const keep = (session: Session, t: string, d: unknown) => {
    session.seq += 1;
    session.sent.push({ s: session.seq, t, d });
    if (session.sent.length > RESUME_BACKLOG) session.sent.shift();
  };
  const send = (session: Session, t: string, d: unknown) => {
    keep(session, t, d);
    session.socket.send(JSON.stringify({ op: OP.Dispatch, s: session.seq, t, d }));
  };
  const closedByFake = new WeakSet<WebSocket>();
  const closeWith = (socket: WebSocket, code: number, reason: string) => {
    closedByFake.add(socket);
    gateway.closeCodes.push(code);
    socket.close(code, reason);
  };

  wss.on('connection', (socket, request) => {
    if (refusing) {
      closedByFake.add(socket);
      socket.terminate();
      return;
    }
    socket.on('close', (code) => {
      if (!closedByFake.has(socket)) gateway.clientCloseCodes.push(code);
    });
    const params = new URL(request.url ?? '/', 'http://localhost').searchParams;
    if (params.get('v') !== '10' || params.get('encoding') !== 'json') {
      closeWith(socket, 4012, 'Invalid API version');
      return;
    }
    socket.send(
      JSON.stringify({
        op: OP.Hello,
        d: { heartbeat_interval: world.heartbeatIntervalMs },
        s: null,
        t: null,
      }),
    );
    socket.on('message', (raw) => {
      const payload = JSON.parse(String(raw)) as { op: number; d: Record<string, unknown> | null };
      if (payload.op === OP.Heartbeat) {
        gateway.heartbeats += 1;
        socket.send(JSON.stringify({ op: HEARTBEAT_ACK, d: null, s: null, t: null }));
      } else if (payload.op === OP.Identify) {
        const d = payload.d ?? {};
        const intents = Number(d.intents);
        gateway.identifies.push(intents);
        if (d.token !== world.token) return closeWith(socket, 4004, 'Authentication failed.');
        if (intents & INTENT_BITS.MessageContent && !world.grantMessageContent) {
          return closeWith(socket, 4014, 'Disallowed intent(s).');
        }
        sessionCount += 1;
        const session: Session = { id: `fake-session-${sessionCount}`, socket, intents, seq: 0, sent: [] };
        sessions.set(session.id, session);
        send(session, 'READY', {
          ...readyTemplate,
          session_id: session.id,
          resume_gateway_url: url,
          shard: [0, 1],
          application: {
            id: world.applicationId,
            flags: world.grantMessageContent ? APP_FLAG_MESSAGE_CONTENT_LIMITED : 0,
          },
        });
        if (intents & INTENT_BITS.Guilds) send(session, 'GUILD_CREATE', guildCreate);
      } else if (payload.op === OP.Resume) {
        const d = payload.d ?? {};
        const session = sessions.get(String(d.session_id));
        if (!session || d.token !== world.token) {
          socket.send(JSON.stringify({ op: OP.InvalidSession, d: false, s: null, t: null }));
          return;
        }
        session.socket = socket;
        for (const missed of session.sent.filter((e) => e.s > Number(d.seq))) {
          socket.send(JSON.stringify({ op: OP.Dispatch, ...missed }));
        }
        send(session, 'RESUMED', null);
      }
    });
  });
  return gateway;
}
