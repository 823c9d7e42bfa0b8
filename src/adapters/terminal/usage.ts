/** `sockerr --help`. */
export const USAGE = `Usage:
  sockerr <query> [--json] [--lang en|zh-TW]   explain a socket error
  sockerr scan [FILE|-] [--json] [--lang …]    find every socket error in a log (- or no FILE: stdin)
  sockerr catalog [--json]                     list every error sockerr knows
  sockerr --help

Queries: 10054 · #10054 · 0x2746 · 0x80072746 · -2147014842 · WSAECONNRESET · econnreset
         Errno::ECONNRESET · SocketError.ConnectionReset · EAI_AGAIN · 104 · -4077 · "connection reset"

Exit codes: 0 found, 1 nothing found, 2 bad usage. With --json, stdout carries only JSON.
`;
