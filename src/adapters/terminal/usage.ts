import { describeOptions } from './options.js';

/** `sockerr --help` and `sockerr help`. */
export const USAGE = `Usage:
  sockerr <query> [--json] [--lang en|zh-TW]   explain a socket error (a code, a name, words or a log line)
  sockerr scan [FILE|-] [--json] [--lang …] [--encoding gbk]
                                               find every socket error in a log (- or no FILE: stdin)
  sockerr catalog [--json]                     list every error sockerr knows
  sockerr feedback [--json] [--since 7d]       auto-replies marked "Not this error" (from SOCKERR_STORE_PATH or REDIS_URL)
  sockerr help | --help | --version

Queries: 10054 · #10054 · 0x2746 · 0x80072746 · -2147014842 · WSAECONNRESET · econnreset
         Errno::ECONNRESET · SocketError.ConnectionReset · EAI_AGAIN · 104 · -4077 · -3008
         "connection reset" · 'Error: connect ECONNREFUSED 127.0.0.1:5432'

Options:
${describeOptions()}

A query starting with - is a number, not an option.
scan reads UTF-8, or UTF-16 after a byte-order mark; --encoding names another (gbk, big5, shift_jis,
windows-1251…): a log a Windows program wrote in its code page. A gzip log is read as it is
(syslog.2.gz). Ctrl-C while it reads standard input reports the errors read so far.
Exit codes: 0 found, 1 nothing found (0 is success, not an error), 2 bad usage or a file not read.
With --json, stdout carries only JSON.
`;
