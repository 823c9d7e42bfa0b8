import type { Catalog } from '../catalog/index.js';
import type { CoreContext } from '../context.js';
import type { Platform } from '../platform.js';
import type { Store } from '../ports/index.js';
import { decideAutoReply } from './auto-reply.js';

/**
 * A store for the warm-up alone: every claim succeeds and nothing is kept, so the decision runs
 * its whole way (settings, claims, counts, cooldowns, the feedback context) and leaves no trace.
 */
function scratchStore(): Store {
  const none = async () => undefined;
  return {
    getSettings: none,
    updateSettings: async (_key, patch) => patch,
    claimOnce: async () => true,
    release: none,
    countSeen: none,
    tallySeen: async () => ({ current: [], previous: [], keptHours: 0 }),
    tallySeenUnder: async () => ({ current: [], previous: [], keptHours: 0 }),
    remember: none,
    recall: none,
    addFeedback: none,
    listFeedback: async () => [],
    ping: none,
    close: none,
  };
}

/**
 * One line for each way a log names an error (the forms detection reads: a Python exception with
 * Windows' `[WinError N]` and message, .NET's `SocketException (N)`, Node's `err.code` and libuv
 * errno, a Linux `[Errno N]` with its strerror, an HRESULT, Java's message), written from a
 * catalog entry that has every one of those names. A real paste uses some of them: each form's
 * code is compiled here, not on the first message that carries it.
 */
function everyForm(catalog: Catalog): string | undefined {
  const e = catalog.entries.find(
    (x) => x.code !== null && x.posix && x.libuv && x.python && x.dotnet && x.java,
  );
  if (!e?.posix || !e.libuv || !e.java) return undefined;
  return [
    `Traceback (most recent call last):\n  File "client.py", line 12, in <module>`,
    `${e.python}: [WinError ${e.code}] ${e.systemMessage}`,
    `System.Net.Sockets.SocketException (${e.code}): ${e.systemMessage} SocketError.${e.dotnet}`,
    `Error: read ${e.libuv.code} errno: ${e.libuv.windows} code: '${e.libuv.code}' syscall: 'read'`,
    `OSError: [Errno ${e.posix.linux}] ${e.posix.strerror} (os error ${e.posix.linux}) HRESULT: ${e.hresult}`,
    `${e.java.exception}: ${e.java.message ?? e.title} ${e.name}`,
  ].join('\n');
}

/**
 * Pastes an auto-reply answers, written from the catalog itself: Node's `connect` error line for
 * one error (a full explanation) and for two (a triage).
 */
function samplePastes(catalog: Catalog): string[] {
  const lines = catalog.entries
    .flatMap((e) => (e.libuv ? [e.libuv.code] : []))
    .slice(0, 2)
    .map((code, i) => `2024-01-02 10:0${i}:07 Error: connect ${code} 10.0.0.5:5432`);
  return [lines.slice(0, 1).join('\n'), lines.join('\n')];
}

/** The chat platforms whose replies carry feedback buttons (the shell's do not). */
const CHAT_PLATFORMS: readonly Platform[] = ['slack', 'discord'];

/**
 * Decides about sample pastes on each chat platform, against a scratch store, so that the code of
 * the auto-reply decision (policy, triage, feedback context) is compiled before the first real
 * message instead of during it. The real store, the platforms and `/metrics` see nothing of it.
 * Every store call resolves at once, so it settles within the microtasks that follow the call.
 */
export async function warmUpDecision(ctx: CoreContext): Promise<void> {
  const store = scratchStore();
  const pastes = samplePastes(ctx.catalog);
  const forms = everyForm(ctx.catalog);
  const runs = CHAT_PLATFORMS.flatMap((platform) => pastes.map((text) => ({ platform, text })));
  // Every form once, on one platform: its code is the same on both, and costs the start more.
  if (forms) runs.push({ platform: 'slack', text: forms });
  for (const { platform, text } of runs) {
    await decideAutoReply(
      { ...ctx, store },
      {
        eventId: 'warm-up',
        channel: { platform, workspaceId: 'warm-up', channelId: 'warm-up' },
        author: { id: 'warm-up', isBot: false, isSelf: false },
        text,
        // What a Slack message carries: the author's locale is looked up (here: not known).
        loadLocale: async () => undefined,
        threadId: 'warm-up',
        dedupeKeys: ['warm-up'],
      },
    ).catch((error: unknown) => ctx.logger.debug('the warm-up of the auto-reply decision failed', { error }));
  }
}
