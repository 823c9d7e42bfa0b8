/**
 * What to tell the operator when Redis closes connections idle for less than the time between
 * sockerr's keep-alive PINGs (its `timeout` setting, from `CONFIG GET timeout`): in every quiet
 * moment the connection is closed and opened again, each time logged as an outage and its end,
 * readiness turns 503 for a moment, and a claim in the gap pauses an auto-reply.
 */
export function idleTimeoutWarning(config: Record<string, string>, pingMs: number): string | undefined {
  const seconds = Number(config.timeout);
  if (!Number.isFinite(seconds) || seconds <= 0 || seconds * 1000 > pingMs) return undefined;
  return `Redis closes connections idle for ${seconds} s (timeout ${seconds}), and sockerr sends a keep-alive PING every ${pingMs / 1000} s: its connection will be closed and opened again in every quiet moment, logged each time as an outage. Set Redis's timeout to 0 (never) or above ${pingMs / 1000}.`;
}
