import type { Core, Locale } from '../../core/index.js';
import { CorruptGzip } from '../../infra/text/index.js';
import type { CliIo } from './cli-io.js';
import { CompressedLog } from './compressed-log.js';
import { countReplaced, explainNul, explainReplaced, newNulTally, tallyNul } from './encoding-hint.js';
import { EXIT } from './exit-codes.js';
import { describeFsError } from './fs-error.js';
import { renderTerminalReply } from './render.js';
import { shellQuote, showInput } from './show-input.js';

/** What `scan` reads: a file or `-`, and the encoding named with `--encoding`, if any. */
export interface ScanSource {
  source: string;
  encoding: string | undefined;
}

/**
 * Said on stderr when `scan` waits for a person at a terminal to type or paste: with no file
 * named, it would otherwise sit there silent, looking hung. A Windows console ends standard input
 * with Ctrl-Z at the start of a line (then Enter); Ctrl-D is only a character there.
 */
export const stdinPrompt = (platform: NodeJS.Platform = process.platform): string =>
  `sockerr: reading a log from standard input: paste it, then press ${platform === 'win32' ? 'Ctrl-Z, then Enter' : 'Ctrl-D'} (or name a file: sockerr scan FILE)\n`;

/** `sockerr scan [FILE|-]`: every socket error in a log, streamed in flat memory. */
export async function scan(
  { source, encoding }: ScanSource,
  core: Core,
  locale: Locale,
  json: boolean,
  io: CliIo,
): Promise<number> {
  // Read as a stream: any size in flat memory, the same findings and counts as reading it whole.
  const log = core.scanLog(locale);
  let replaced = 0;
  const nul = newNulTally();
  // Characters read: where each piece starts in the text, for the side of the NULs.
  let chars = 0;
  if (source === '-' && io.stdinIsTerminal) io.stderr(stdinPrompt());
  // Standard input may never end (`kubectl logs -f pod | sockerr scan -`), nor may a pipe or a device
  // (`sockerr scan <(tail -f app.log)`): Ctrl-C (or SIGTERM) ends the log there, and what was read
  // is reported instead of lost with the process.
  const interrupt = source === '-' || io.isStream?.(source) ? watchInterrupt(io, source) : null;
  // Line breaks read, and whether a line was begun after the last (counted too at Ctrl-C).
  let lines = 0;
  let open = false;
  try {
    for await (const piece of readUntil(io.readText(source, encoding), interrupt)) {
      replaced += countReplaced(piece);
      tallyNul(piece, chars, nul);
      chars += piece.length;
      if (interrupt && piece.length > 0) {
        lines += countLines(piece);
        open = !piece.endsWith('\n');
      }
      log.push(piece);
    }
  } catch (error) {
    // An empty name (`sockerr scan "$LOG"`, LOG unset) would read `cannot read : no such file`.
    const what =
      source === '-' ? 'standard input' : source === '' ? "'' (an empty file name)" : showInput(source);
    if (error instanceof CompressedLog) {
      // Standard input: the command goes between what writes it and sockerr.
      const command = source === '-' ? `… | ${error.command}` : `${error.command} ${shellQuote(source)}`;
      io.stderr(
        `sockerr: ${what} is ${error.format}-compressed; read it with: ${command} | sockerr scan -\n`,
      );
      return EXIT.usage;
    }
    // A gzip log cut short (one still being written) or damaged: what came before is read.
    if (!(error instanceof CorruptGzip)) {
      io.stderr(`sockerr: cannot read ${what}: ${describeFsError(error)}\n`);
      return EXIT.usage;
    }
    io.stderr(`sockerr: the gzip data of ${what} is damaged or cut short; the errors before it follow\n`);
  } finally {
    interrupt?.release();
  }
  if (interrupt?.asked) {
    const read = lines + (open ? 1 : 0);
    const at = interrupt.asked === 'SIGTERM' ? 'SIGTERM' : 'Ctrl-C';
    io.stderr(
      `sockerr: stopped reading at ${at}, after ${read === 1 ? '1 line' : `${read} lines`}: the errors read follow\n`,
    );
  }
  const answer = log.end();
  const { findings } = answer;
  // NULs hide errors only when nothing was found (a log after `copytruncate` starts with a run of
  // them, and its errors are read); a named encoding already says what the bytes are.
  const nulHint = findings.length === 0 && encoding === undefined ? explainNul(nul, source) : null;
  const hint = nulHint ?? explainReplaced(replaced, source, encoding, locale);
  if (hint) io.stderr(hint);
  if (json) {
    const rows = findings.map((f) => {
      const entry = core.catalog.byId.get(f.id);
      return {
        id: f.id,
        code: entry?.code ?? null,
        name: entry?.name ?? f.id,
        form: f.form,
        match: f.match,
        index: f.index,
        count: f.count,
        confidence: f.confidence,
      };
    });
    io.stdout(`${JSON.stringify({ findings: rows }, null, 2)}\n`);
  } else {
    // Only now: the reply is built when it is printed (`--json` prints the findings alone).
    const { reply } = answer;
    io.stdout(`${reply ? renderTerminalReply(reply, { color: io.color }) : answer.nothingFound}\n`);
  }
  return findings.length > 0 ? EXIT.found : EXIT.nothing;
}

const STOPPED = Symbol('stopped');

/**
 * Ctrl-C while standard input (or a pipe or device) is read. A piece being waited for is raced against it through
 * `wake`, set anew for each piece: one promise settled by both would hold a reaction for every
 * piece of a log that never ends.
 */
interface Interrupt {
  /** The signal that asked to stop, once one has. */
  asked: 'SIGINT' | 'SIGTERM' | null;
  wake: ((value: typeof STOPPED) => void) | null;
  release: () => void;
}

function watchInterrupt(io: CliIo, source: string): Interrupt {
  const interrupt: Interrupt = { asked: null, wake: null, release: () => {} };
  const release = io.onInterrupt?.((signal) => {
    interrupt.asked = signal;
    interrupt.wake?.(STOPPED);
  }, source);
  if (release) interrupt.release = release;
  return interrupt;
}

/**
 * The pieces until Ctrl-C: the one being waited for then is let go (its source is). A file, which
 * Ctrl-C does not stop, is read as it comes: a generator passing on its 16 KB pieces cost each one a
 * promise and a resumption.
 */
function readUntil(pieces: AsyncIterable<string>, interrupt: Interrupt | null): AsyncIterable<string> {
  return interrupt === null ? pieces : untilInterrupt(pieces, interrupt);
}

async function* untilInterrupt(pieces: AsyncIterable<string>, interrupt: Interrupt): AsyncGenerator<string> {
  const iterator = pieces[Symbol.asyncIterator]();
  while (!interrupt.asked) {
    const next = iterator.next();
    const first = await new Promise<IteratorResult<string> | typeof STOPPED>((resolve, reject) => {
      interrupt.wake = resolve;
      next.then(resolve, reject);
    });
    interrupt.wake = null;
    if (first === STOPPED) {
      // Its source was let go: it may end or fail later, unread.
      next.catch(() => {});
      return;
    }
    if (first.done) return;
    yield first.value;
  }
}

/** The line breaks in a piece (a log's lines, for the Ctrl-C note). */
function countLines(piece: string): number {
  let n = 0;
  for (let at = piece.indexOf('\n'); at >= 0; at = piece.indexOf('\n', at + 1)) n++;
  return n;
}
