import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One process type of the Procfile, as the bench runs it. */
export interface ProcfileCommand {
  /** The command as written after `type:`, for the rows' labels. */
  readonly command: string;
  /** Its leading `NAME=value` assignments. */
  readonly env: Record<string, string>;
  /** What follows `node`: its flags, the script (resolved against the root) and the script's arguments. */
  readonly args: string[];
}

const ASSIGNMENT = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/;

/**
 * Reads one process type (`web`, `worker`) of the Procfile at `root`, so the bench starts sockerr
 * the way it is deployed (its node flags and environment), not with a copy that could drift. Only
 * the plain form is read: `NAME=value … node [--flag=value …] script [args]`, without quotes,
 * variables or flags with a separate value; anything else throws rather than being misread.
 */
export function readProcfileCommand(root: string, type: string): ProcfileCommand {
  const line = readFileSync(join(root, 'Procfile'), 'utf8')
    .split('\n')
    .find((l) => l.startsWith(`${type}:`));
  if (!line) throw new Error(`the Procfile has no "${type}:" line`);
  const command = line.slice(type.length + 1).trim();
  if (/["'$`\\;&|<>]/.test(command))
    throw new Error(`the bench reads only plain Procfile commands: ${command}`);
  const words = command.split(/\s+/);
  const env: Record<string, string> = {};
  let assignment = ASSIGNMENT.exec(words[0] ?? '');
  while (assignment) {
    env[assignment[1] ?? ''] = assignment[2] ?? '';
    words.shift();
    assignment = ASSIGNMENT.exec(words[0] ?? '');
  }
  if (words.shift() !== 'node') throw new Error(`the Procfile's ${type} does not run node: ${command}`);
  const script = words.findIndex((word) => !word.startsWith('-'));
  if (script < 0) throw new Error(`the Procfile's ${type} names no script: ${command}`);
  const args = words.map((word, i) => (i === script ? join(root, word) : word));
  return { command, env, args };
}
