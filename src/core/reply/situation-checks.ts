import type { EntryText } from '../catalog/index.js';
import type { PasteContext } from './placeholders.js';

/**
 * The checks of an entry that fit what the paste shows of the failing call: its UDP checks for a
 * UDP socket's error (a listener to look for is a UDP one, and `nc -vz` tests TCP), its checks
 * for a connection that was up (no SYN retries there), its macOS checks on macOS (no `getent`
 * there). Transport and phase come first: they change what happened, an OS only the commands.
 * A paste that shows none of these, or an entry with no such list, gets the catalog's checks.
 */
export function checksIn(
  text: Pick<EntryText, 'checks' | 'checksWhen'>,
  context: PasteContext = {},
): string[] {
  const when = text.checksWhen ?? {};
  const fitting =
    (context.transport === 'udp' ? when.udp : undefined) ??
    (context.phase === 'established' ? when.established : undefined) ??
    (context.os === 'macos' ? when.macos : undefined);
  return [...(fitting ?? text.checks)];
}
