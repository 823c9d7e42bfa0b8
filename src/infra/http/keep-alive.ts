import type { Server } from 'node:http';

/**
 * Keeps an idle connection open for `ms` instead of Node's 5 s. A load balancer or router in front
 * (Heroku's Router 2.0 keeps idle connections 90 s, an AWS ALB 60 s) pools its connections to
 * sockerr and reuses them: when sockerr is first to close an idle one, a request the balancer sends
 * down it at that moment is lost and answered 502, at a steady low rate nothing in sockerr's own
 * logs shows. With a longer wait here the balancer always closes first. Stopping is not held up:
 * `stop()` closes every connection, idle or not.
 */
export function keepIdleConnections(server: Server, ms: number): void {
  server.keepAliveTimeout = ms;
}
