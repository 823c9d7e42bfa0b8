import { createInterface, type Interface } from 'node:readline';
import type { ChannelRef, Reply, UserRef } from '../../core/index.js';
import type { Adapter, AdapterDeps } from '../adapter.js';
import { renderTerminalReply } from './render.js';

export interface ShellOptions {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  /** ANSI colours (a TTY); off for pipes and tests. */
  color?: boolean;
  /** Show a prompt and flush a paste after a short pause (a person typing), rather than at a blank line. */
  interactive?: boolean;
  /** How long a pause ends a multi-line paste, in interactive mode. */
  pasteQuietMs?: number;
}

/** A message entering the shell channel. `fromBot` and `id` let tests play bots and replays. */
interface ShellMessage {
  id?: string;
  text: string;
  fromBot?: boolean;
}

export interface ShellAdapter extends Adapter {
  /** Handles one message as if said in the terminal channel; resolves once its reply is written. */
  receive(message: ShellMessage): Promise<void>;
  /** Handles `/sockerr <text>`; resolves once the reply is written. */
  runCommand(text: string): Promise<void>;
  /** Resolves when the input ends (EOF, Ctrl-C, `/quit`) or the adapter is stopped. */
  readonly closed: Promise<void>;
}

const CHANNEL: ChannelRef = { platform: 'shell', channelId: 'terminal' };
const COMMAND = /^\/sockerr(?:\s+|$)/i;

/**
 * The local shell: a chat channel in the terminal, as Hubot's shell is. Lines starting with
 * `/sockerr` are commands; anything else is a message, which gets the same auto-reply a chat
 * would give (a multi-line paste is one message). Works with piped stdin; ends on EOF/Ctrl-C.
 */
export function createShellAdapter(deps: AdapterDeps, options: ShellOptions): ShellAdapter {
  const { core, logger } = deps;
  const color = options.color ?? false;
  const interactive = options.interactive ?? false;
  const quietMs = options.pasteQuietMs ?? 60;
  const user: UserRef = { id: 'you', canManage: true, locale: deps.config.defaultLang };
  let rl: Interface | undefined;
  let buffer: string[] = [];
  let quietTimer: NodeJS.Timeout | undefined;
  let queue: Promise<void> = Promise.resolve();
  let sequence = 0;
  let resolveClosed: () => void = () => {};
  const closed = new Promise<void>((resolve) => {
    resolveClosed = resolve;
  });

  const write = (text: string) => {
    options.output.write(`${text}\n`);
  };
  const prompt = () => {
    if (interactive && rl) rl.prompt();
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
      const reply = await core.command({ text, channel: CHANNEL, user });
      show(reply, 'private');
    });

  const receive = (message: ShellMessage) =>
    enqueue(async () => {
      sequence += 1;
      const decision = await core.message({
        eventId: message.id ?? `shell-${process.pid}-${sequence}`,
        channel: CHANNEL,
        author: { id: message.fromBot ? 'bot' : user.id, isBot: message.fromBot ?? false, isSelf: false },
        text: message.text,
        locale: user.locale,
      });
      if (decision.action === 'reply') show(decision.reply, 'thread');
      if (decision.action === 'react') write('  ↳ 👀 (explained here a moment ago)\n');
    });

  const flushPaste = () => {
    if (quietTimer) clearTimeout(quietTimer);
    quietTimer = undefined;
    if (buffer.length === 0) return;
    const text = buffer.join('\n');
    buffer = [];
    void receive({ text }).then(prompt);
  };

  const onLine = (line: string) => {
    const trimmed = line.trim();
    if (/^\/(quit|exit)$/i.test(trimmed)) {
      rl?.close();
      return;
    }
    if (COMMAND.test(trimmed)) {
      flushPaste();
      void runCommand(trimmed.replace(COMMAND, '')).then(prompt);
      return;
    }
    if (trimmed === '') {
      flushPaste();
      return;
    }
    buffer.push(line);
    if (interactive) {
      if (quietTimer) clearTimeout(quietTimer);
      quietTimer = setTimeout(flushPaste, quietMs);
    }
  };

  return {
    name: 'shell',
    closed,
    receive,
    runCommand,
    async start() {
      rl = createInterface({
        input: options.input,
        output: interactive ? options.output : undefined,
        terminal: interactive,
      });
      rl.setPrompt('you> ');
      rl.on('line', onLine);
      rl.on('SIGINT', () => rl?.close());
      rl.on('close', () => {
        flushPaste();
        void queue.then(() => resolveClosed());
      });
      if (interactive) {
        write('sockerr shell: type /sockerr 10054, or paste a stack trace. /quit or Ctrl-D to leave.');
        prompt();
      }
    },
    async stop() {
      rl?.close();
      await queue;
      resolveClosed();
    },
  };
}
