import { closeSync, openSync, readSync } from 'node:fs';
import dotenv from 'dotenv';
import { ConfigError } from '../config/index.js';
import { sniffEncoding } from '../infra/text/index.js';

type Env = Record<string, string | undefined>;

/**
 * Loads `.env` into `env` as `dotenv/config` does: a variable the environment already sets wins,
 * and DOTENV_CONFIG_PATH names another file. A `.env` saved as UTF-16, as Windows PowerShell 5's
 * `>` and `Out-File` write it, reads as no variable at all: sockerr then started without its
 * tokens (the local shell instead of Slack, or "SLACK_BOT_TOKEN is missing" beside a file that
 * sets it) and nothing said why. That stops start-up, naming the file and the fix.
 */
export function loadDotenv(env: Env = process.env): void {
  const path = env.DOTENV_PATH ?? env.DOTENV_CONFIG_PATH ?? '.env';
  if (isUtf16(path)) {
    throw new ConfigError([
      `${path} is saved as UTF-16 (what Windows PowerShell's > and Out-File write), so none of its variables can be read: save it as UTF-8 (an editor's "Save as… UTF-8", or in PowerShell: Set-Content -Encoding utf8 ${path} (Get-Content ${path}))`,
    ]);
  }
  // Quiet, as dotenv/config is, unless DOTENV_CONFIG_QUIET=false asks for its line.
  const quiet = (env.DOTENV_QUIET ?? env.DOTENV_CONFIG_QUIET ?? 'true') !== 'false';
  dotenv.config({ path, processEnv: env, quiet });
}

/** Whether the file starts with a UTF-16 byte-order mark, or has the NUL bytes UTF-16 puts in ASCII text. */
function isUtf16(path: string): boolean {
  const head = Buffer.alloc(64);
  let read: number;
  try {
    const fd = openSync(path, 'r');
    try {
      read = readSync(fd, head, 0, head.length, 0);
    } finally {
      closeSync(fd);
    }
  } catch {
    return false; // no .env (or none readable): dotenv loads nothing either
  }
  const bytes = head.subarray(0, read);
  return sniffEncoding(bytes) !== 'utf-8' || bytes.includes(0);
}
