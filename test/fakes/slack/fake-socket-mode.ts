import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import { type WebSocket, WebSocketServer } from 'ws';

/** Envelope types Slack sends over Socket Mode. */
export type EnvelopeType = 'events_api' | 'slash_commands' | 'interactive';

interface EnvelopeOptions {
  envelopeId?: string;
  /** Slack's redelivery counter (`retry_attempt`), for events. */
  retryAttempt?: number;
  retryReason?: string;
}

/** The Socket Mode side of the fake: tickets from `apps.connections.open`, then a WebSocket. */
export interface FakeSocketMode {
  /** Issues a one-time `ws://` URL, as `apps.connections.open` does. */
  connectUrl(httpBase: string): string;
  /** Resolves once a client is connected and has been sent `hello`. */
  connected(): Promise<void>;
  readonly openConnections: number;
  /** Sends an envelope to the newest connection and resolves with the client's ack (`payload`). */
  send(type: EnvelopeType, payload: unknown, options?: EnvelopeOptions): Promise<Record<string, unknown>>;
  /** Slack recycling its side: a `disconnect` message, after which the client reconnects. */
  disconnectAll(reason?: string): void;
  /**
   * A half-open connection (a NAT or proxy dropping it without FIN or RST): the fake stops reading
   * every open socket, so pings get no pong and a close frame no answer. The client finds out only
   * by its missing pongs (node-slack-sdk issues #1243, #2254; "A pong wasn't received").
   */
  stall(): void;
  /**
   * The next connection gets `{"type":"disconnect"}` instead of `hello`, as Slack may send while a
   * client is still connecting (node-slack-sdk #1787, "Unhandled event 'server explicit disconnect'
   * in state 'connecting'", a crash in @slack/socket-mode 1.x).
   */
  disconnectNextBeforeHello(reason?: string): void;
  close(): Promise<void>;
}

/**
 * Whether Slack reads a payload in this envelope's ack: a slash command's answer, a view
 * submission's `response_action`, a block suggestion's options; not an event, a button press or a
 * shortcut, which are answered through `response_url` or the Web API
 * (https://api.slack.com/apis/connections/socket#acknowledge, `accepts_response_payload`).
 */
function acceptsResponsePayload(type: EnvelopeType, payload: unknown): boolean {
  if (type === 'slash_commands') return true;
  const kind = (payload as { type?: unknown } | null)?.type;
  return type === 'interactive' && (kind === 'view_submission' || kind === 'block_suggestion');
}

export function attachFakeSocketMode(server: Server): FakeSocketMode {
  const wss = new WebSocketServer({ noServer: true });
  const tickets = new Set<string>();
  const sockets: WebSocket[] = [];
  const acks = new Map<string, (payload: Record<string, unknown>) => void>();
  let waiters: (() => void)[] = [];
  let disconnectBeforeHello: string | undefined;

  server.on('upgrade', (req, socket, head) => {
    const ticket = new URL(req.url ?? '/', 'http://fake').searchParams.get('ticket') ?? '';
    if (!tickets.delete(ticket)) {
      socket.end('HTTP/1.1 401 Unauthorized\r\n\r\n');
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => {
      sockets.push(ws);
      ws.on('message', (data) => {
        const message = JSON.parse(String(data)) as {
          envelope_id?: string;
          payload?: Record<string, unknown>;
        };
        if (message.envelope_id) acks.get(message.envelope_id)?.(message.payload ?? {});
      });
      ws.on('close', () => sockets.splice(sockets.indexOf(ws), 1));
      if (disconnectBeforeHello) {
        ws.send(JSON.stringify({ type: 'disconnect', reason: disconnectBeforeHello }));
        disconnectBeforeHello = undefined;
        return;
      }
      ws.send(
        JSON.stringify({
          type: 'hello',
          num_connections: sockets.length,
          debug_info: { host: 'applink-fake', build_number: 1, approximate_connection_time: 18060 },
          connection_info: { app_id: 'A0FAKE' },
        }),
      );
      for (const resolve of waiters) resolve();
      waiters = [];
    });
  });

  return {
    connectUrl(httpBase) {
      const ticket = randomUUID();
      tickets.add(ticket);
      return `${httpBase.replace(/^http/, 'ws')}/link/?ticket=${ticket}`;
    },
    connected: () =>
      sockets.length > 0 ? Promise.resolve() : new Promise<void>((resolve) => waiters.push(resolve)),
    get openConnections() {
      return sockets.length;
    },
    send(type, payload, options = {}) {
      const socket = sockets.at(-1);
      if (!socket) return Promise.reject(new Error('no Socket Mode client is connected'));
      const envelopeId = options.envelopeId ?? randomUUID();
      const accepts = acceptsResponsePayload(type, payload);
      const ack = new Promise<Record<string, unknown>>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no ack for ${type} ${envelopeId}`)), 3000);
        acks.set(envelopeId, (p) => {
          clearTimeout(timer);
          acks.delete(envelopeId);
          // Slack ignores the payload of an ack to an envelope that accepts none.
          resolve(accepts ? p : {});
        });
      });
      socket.send(
        JSON.stringify({
          envelope_id: envelopeId,
          type,
          payload,
          accepts_response_payload: accepts,
          ...(type === 'events_api'
            ? { retry_attempt: options.retryAttempt ?? 0, retry_reason: options.retryReason ?? '' }
            : {}),
        }),
      );
      return ack;
    },
    disconnectAll(reason = 'refresh_requested') {
      for (const socket of sockets) socket.send(JSON.stringify({ type: 'disconnect', reason }));
    },
    disconnectNextBeforeHello(reason = 'refresh_requested') {
      disconnectBeforeHello = reason;
    },
    stall() {
      for (const socket of sockets) socket.pause();
    },
    async close() {
      for (const socket of [...sockets]) socket.terminate();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}
