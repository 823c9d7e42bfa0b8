/**
 * What a gateway close code means and whether discord.js comes back by itself (Discord's "Gateway
 * Close Event Codes", and RFC 6455 for 1000–1011). Logged with every close, so an operator reads
 * "4014 disallowed intents", not a bare number.
 */
const CLOSE_CODES: Readonly<Record<number, { meaning: string; fix?: string }>> = {
  1000: { meaning: 'normal closure' },
  1001: { meaning: 'going away (Discord is restarting the gateway node)' },
  1006: { meaning: 'connection dropped without a close frame (network)' },
  1011: { meaning: 'server error' },
  4000: { meaning: 'unknown error' },
  4001: { meaning: 'unknown opcode' },
  4002: { meaning: 'decode error' },
  4003: { meaning: 'not authenticated' },
  4004: {
    meaning: 'authentication failed',
    fix: 'DISCORD_TOKEN is no longer valid: reset it under "Bot → Reset Token" and set DISCORD_TOKEN again',
  },
  4005: { meaning: 'already authenticated' },
  4007: { meaning: 'invalid sequence (a new session follows)' },
  4008: { meaning: 'rate limited (too many gateway messages)' },
  4009: { meaning: 'session timed out' },
  4010: { meaning: 'invalid shard', fix: 'check the shard settings' },
  4011: { meaning: 'sharding required', fix: 'the bot is in too many servers for one shard' },
  4012: { meaning: 'invalid API version', fix: 'update discord.js' },
  4013: { meaning: 'invalid intents', fix: 'a bug in sockerr’s intents; report it' },
  4014: {
    meaning: 'disallowed intents',
    fix: 'switch the Message Content intent on (Developer Portal → Bot → Privileged Gateway Intents), or off in sockerr',
  },
};

/** `4014 disallowed intents`, and what to do when there is something to do. */
export function describeCloseCode(code: number): { meaning: string; fix?: string } {
  return CLOSE_CODES[code] ?? { meaning: 'unexpected close code' };
}
