import { createInterface, type Interface } from 'node:readline';
import type { Reply } from '../../core/index.js';
import type { Adapter, AdapterDeps } from '../adapter.js';
import { describeFsError } from './fs-error.js';
import { SHELL_CHANNEL, type ShellMessage, shellUser, toMessageInput } from './inputs.js';
import { TERMINAL_LIMITS } from './limits.js';
import { createLineReader } from './listeners.js';
import { renderTerminalReply } from './render.js';

export interface ShellOptions {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  /** ANSI colours (a TTY); off for pipes and tests. */
  color?: boolean;
  /** A person at a terminal: show a prompt and ask the terminal to bracket pastes. */
  interactive?: boolean;
  /** How long a pause ends a paste that came without brackets (piped input, older terminals). */
  pasteQuietMs?: number;
}

export interface ShellAdapter extends Adapter {
  /** Handles one message as if said in the terminal channel; resolves once its reply is written. */
  receive(message: ShellMessage): Promise<void>;
  /** Handles `/sockerr <text>`; resolves once the reply is written. */
  runCommand(text: string): Promise<void>;
  /**
   * Resolves when the input ends (EOF, Ctrl-C, `/quit`) or the adapter is stopped; with `failure`
   * when it ended because its input could not be read or its output written (not a reader that left).
   */
  readonly closed: Promise<ShellEnd>;
}

/** How the shell ended: `failure` says why in words when it was not by choice. */
type ShellEnd = { failure?: string };

/** Asks the terminal to wrap pastes in `ESC [200~` … `ESC [201~` (bracketed paste), and stops asking. */
const BRACKETED_PASTE = { on: '\u001b[?2004h', off: '\u001b[?2004l' } as const;

/**
 * The local shell: a chat channel in the terminal, as Hubot's shell is. Lines starting with
 * `/sockerr` are commands; anything else is a message, which gets the same auto-reply a chat
 * would give. A paste is one message, blank lines included (bracketed paste where the terminal
 * supports it, a short pause otherwise). Works with piped stdin; ends on EOF/Ctrl-C.
 */
export function createShellAdapter(deps: AdapterDeps, options: ShellOptions): ShellAdapter {
  const { core, logger } = deps;
  const color = options.color ?? false;
  const interactive = options.interactive ?? false;
  const user = shellUser(deps.config.defaultLang);
  let rl: Interface | undefined;
  let queue: Promise<void> = Promise.resolve();
  let sequence = 0;
  let resolveClosed: (end: ShellEnd) => void = () => {};
  const closed = new Promise<ShellEnd>((resolve) => {
    resolveClosed = resolve;
  });
  /** Why the shell cannot go on (a full disk, a terminal gone), the first such reason. */
  let failure: string | undefined;
  const fail = (why: string) => {
    failure ??= why;
    rl?.close();
  };

  /** The output failed (a closed pipe: `npm start | head`): nothing more is written to it. */
  let outputGone = false;
  const write = (text: string) => {
    if (!outputGone) options.output.write(`${text}\n`);
  };
  const prompt = () => {
    if (interactive && rl && !outputGone) rl.prompt();
  };
  const show = (reply: Reply, how: 'private' | 'thread') => {
    const header = how === 'private' ? 'sockerr (only you can see this):' : '  ↳ sockerr, in a thread:';
    write(`${header}\n${renderTerminalReply(reply, { color, indent: how === 'thread' ? '    ' : '' })}\n`);
  };
  /** Runs handlers one at a time, so replies come out in the order things were said. */
  const enqueue = (work: () => Promise<void>): Promise<void> => {
    queue = queue.then(work).catch((error) => logger.error('shell handler failed', { error }));
    return queue;
  };

  const runCommand = (text: string) =>
    enqueue(async () => {
      const reply = await core.command({ text, channel: SHELL_CHANNEL, user });
      show(reply, 'private');
    });

  const receive = (message: ShellMessage) =>
    enqueue(async () => {
      sequence += 1;
      const decision = await core.message(toMessageInput(message, user, `shell-${process.pid}-${sequence}`));
      if (decision.action === 'reply') show(decision.reply, 'thread');
      if (decision.action === 'react') write('  ↳ 👀 (explained here a moment ago)\n');
    });

  const reader = createLineReader(
    {
      message: (text) => void receive({ text }).then(prompt),
      command: (text) => void runCommand(text).then(prompt),
      quit: () => rl?.close(),
    },
    { quietMs: options.pasteQuietMs ?? TERMINAL_LIMITS.pasteQuietMs },
  );
  /** readline turns the terminal's paste brackets into keypresses; the lines between come as usual. */
  const onKeypress = (_: unknown, key: { name?: string } | undefined) => {
    if (key?.name === 'paste-start') reader.pasteStart();
    if (key?.name === 'paste-end') reader.pasteEnd((rl?.line ?? '') !== '');
  };

  return {
    name: 'shell',
    closed,
    receive,
    runCommand,
    async start() {
      // Without a listener, a reader that went away (EPIPE) is an uncaught exception with a stack
      // trace; with nobody to read the replies, the shell ends as it does on EOF. Any other failure
      // (`npm start > /dev/full`: ENOSPC) ends it too, saying why: replies are being lost.
      options.output.on('error', (error: NodeJS.ErrnoException) => {
        if (outputGone) return;
        outputGone = true;
        if (error.code === 'EPIPE') rl?.close();
        else fail(`cannot write to standard output: ${describeFsError(error)}`);
      });
      rl = createInterface({
        input: options.input,
        output: interactive ? options.output : undefined,
        terminal: interactive,
      });
      // readline passes its input's errors on (a terminal hung up: EIO); unheard, each is uncaught.
      rl.on('error', (error: NodeJS.ErrnoException) => {
        fail(`cannot read standard input: ${describeFsError(error)}`);
      });
      rl.setPrompt('you> ');
      rl.on('line', reader.line);
      rl.on('SIGINT', () => rl?.close());
      rl.on('close', () => {
        options.input.off('keypress', onKeypress);
        if (interactive && !outputGone) options.output.write(BRACKETED_PASTE.off);
        reader.flush();
        void queue.then(() => resolveClosed(failure === undefined ? {} : { failure }));
      });
      if (interactive) {
        options.input.on('keypress', onKeypress);
        options.output.write(BRACKETED_PASTE.on);
        write('sockerr shell: type /sockerr 10054, or paste a stack trace. /quit or Ctrl-D to leave.');
        prompt();
      }
    },
    async stop() {
      rl?.close();
      await queue;
      resolveClosed(failure === undefined ? {} : { failure });
    },
  };
}
