import { parseArgs } from 'node:util';
import { type Catalog, type Core, LOCALES, labelEntry, titleOf } from '../../core/index.js';
import { isKnownEncoding } from '../../infra/text/index.js';
import type { CliIo } from './cli-io.js';
import { EXIT } from './exit-codes.js';
import { runFeedback } from './feedback-cli.js';
import { CLI_OPTIONS, OPTION_LIST } from './options.js';
import { renderTerminalReply } from './render.js';
import { scan } from './scan-cli.js';
import { showInput } from './show-input.js';
import { isSubcommand, suggestSubcommand } from './subcommand-hint.js';
import { USAGE } from './usage.js';

export type { CliIo } from './cli-io.js';
export { EXIT } from './exit-codes.js';

/** A parse error of `node:util`'s parseArgs, told in words a user can act on. */
function explainBadArgs(error: unknown): string {
  const { code, message } = error as { code?: string; message: string };
  const quoted = /'([^']+)'/.exec(message)?.[1];
  // `-l, --lang <value>` names the option by its long form; what the user typed is shown escaped.
  const option = quoted && showInput(/--[\w-]+/.exec(quoted)?.[0] ?? quoted);
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option) {
    return `unknown option ${option}. Options: ${OPTION_LIST}.`;
  }
  // parseArgs says this both of `--lang` without a value and of `--json=yes`.
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && option) {
    return message.includes('does not take an argument')
      ? `${option} takes no value.`
      : `${option} needs a value.`;
  }
  return showInput(message);
}

/** Runs `sockerr …` and returns the exit code. JSON goes to stdout and nothing else does. */
export async function runCli(argv: string[], core: Core, io: CliIo): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    io.stderr(`sockerr: ${explainBadArgs(error)}\n\n${USAGE}`);
    return EXIT.usage;
  }
  const { values, positionals } = parsed;
  // With --json a script reads stdout as JSON, so even these two answer in JSON.
  if (values.version) {
    io.stdout(values.json ? `${JSON.stringify({ version: io.version })}\n` : `sockerr ${io.version}\n`);
    return EXIT.found;
  }
  // `sockerr help scan` asks for the usage (there is one for every command), as `git help` does.
  const [head, ...after] = positionals;
  if (values.help || (head?.toLowerCase() === 'help' && after.every(isSubcommand))) {
    io.stdout(values.json ? `${JSON.stringify({ usage: USAGE })}\n` : USAGE);
    return EXIT.found;
  }
  // `zh-tw`, `ZH-TW` and `zh_TW` all mean zh-TW.
  const wanted = values.lang?.trim().replace('_', '-').toLowerCase();
  const locale = wanted === undefined ? io.defaultLang : LOCALES.find((l) => l.toLowerCase() === wanted);
  if (!locale) {
    io.stderr(
      `sockerr: --lang must be one of ${LOCALES.join(', ')} (in any case), not "${showInput(values.lang ?? '')}"\n`,
    );
    return EXIT.usage;
  }
  const [first, ...rest] = positionals;
  if ((first === 'catalog' && rest.length > 0) || (first === 'scan' && rest.length > 1)) {
    io.stderr(`sockerr: too many arguments for ${first}\n\n${USAGE}`);
    return EXIT.usage;
  }
  if (first === 'feedback' || values.since !== undefined) {
    if (first !== 'feedback' || rest.length > 0 || !io.openFeedback) {
      const why = first !== 'feedback' ? '--since goes with feedback only' : 'feedback takes no arguments';
      io.stderr(`sockerr: ${why}: sockerr feedback [--json] [--since 7d]\n\n${USAGE}`);
      return EXIT.usage;
    }
    const { stdout, stderr, openFeedback: open } = io;
    return runFeedback(
      { json: values.json ?? false, since: values.since },
      { stdout, stderr, open, now: io.now ?? Date.now },
    );
  }
  if (values.encoding !== undefined && (first !== 'scan' || !isKnownEncoding(values.encoding))) {
    const why =
      first !== 'scan'
        ? '--encoding goes with scan only'
        : `--encoding "${showInput(values.encoding)}" is no encoding I know (gbk, big5, shift_jis, windows-1251, utf-16le…)`;
    io.stderr(`sockerr: ${why}: sockerr scan FILE --encoding gbk\n\n${USAGE}`);
    return EXIT.usage;
  }
  if (first === 'catalog') return printCatalog(core.catalog, values.json ?? false, io);
  if (first === 'scan')
    return scan(
      { source: rest[0] ?? '-', encoding: values.encoding },
      core,
      locale,
      values.json ?? false,
      io,
    );
  const query = positionals.join(' ');
  if (query.trim() === '') {
    io.stderr(USAGE);
    return EXIT.usage;
  }
  const answer = core.lookup(query, locale);
  if (values.json) {
    const json = answer.matches.map((m) => ({ ...m.entry, readings: m.readings }));
    io.stdout(`${JSON.stringify(json, null, 2)}\n`);
  } else {
    io.stdout(`${renderTerminalReply(answer.reply, { color: io.color })}\n`);
  }
  const meant = !answer.found && positionals.length === 1 ? suggestSubcommand(query) : undefined;
  if (meant)
    io.stderr(`sockerr: no error is called "${showInput(query)}"; did you mean \`sockerr ${meant}\`?\n`);
  return answer.found ? EXIT.found : EXIT.nothing;
}

/**
 * Marks an argument parseArgs must not read as an option. No argument can hold a NUL (the kernel
 * passes them as C strings), so the mark cannot be confused with what the user typed.
 */
const MARK = '\u0000';
const unmark = (value: string) => (value.startsWith(MARK) ? value.slice(MARK.length) : value);

/**
 * `-4077` and `-2147014842` are queries, not options; so is `-４０７７`, in the full-width digits an
 * input method types, which the look-up reads as it reads `４０７７`. Each is marked where it stands,
 * not moved after a `--`: an unquoted log line (`sockerr Error: -111 connect failed`) keeps its
 * order, and `--lang -4077` names the value it was given.
 */
function markNegativeNumbers(argv: string[]): string[] {
  if (argv.includes('--')) return argv;
  return argv.map((a) => (/^-[0-9\uFF10-\uFF19]/.test(a) ? `${MARK}${a}` : a));
}

function parse(argv: string[]) {
  const { values, positionals } = parseArgs({
    args: markNegativeNumbers(argv),
    allowPositionals: true,
    options: CLI_OPTIONS,
  });
  const unmarked = Object.entries(values).map(([k, v]) => [k, typeof v === 'string' ? unmark(v) : v]);
  return {
    values: Object.fromEntries(unmarked) as typeof values,
    positionals: positionals.map(unmark),
  };
}

function printCatalog(catalog: Catalog, json: boolean, io: CliIo): number {
  if (json) io.stdout(`${JSON.stringify(catalog.entries, null, 2)}\n`);
  else io.stdout(`${catalog.entries.map((e) => `${labelEntry(e)} — ${titleOf(e)}`).join('\n')}\n`);
  return EXIT.found;
}
