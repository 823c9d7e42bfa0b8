/**
 * The ways a paste is changed on its way to sockerr (copied from a terminal, a log viewer, a web
 * page, a chat client), each as a pure function of the text. `null`: the form does not apply to
 * this text (inline backticks hold one line only). Used by `eval-transport.ts`.
 */

/** Every line, with `prefix` before it (line ends kept as they are). */
const prefixLines = (prefix: string) => (text: string) => text.replace(/^/gm, prefix);

const ESC = '\u001b';
const colour = (code: number, s: string) => `${ESC}[${code}m${s}${ESC}[0m`;

/** ANSI colours as loggers print them: the level word and the first word of each line. */
function ansi(text: string): string {
  return text
    .split('\n')
    .map((line) =>
      line
        .replace(/^(\s*)(\S+)/, (_m, space: string, word: string) => space + colour(32, word))
        .replace(/\b(ERROR|Error)\b/g, (w) => colour(31, w)),
    )
    .join('\n');
}

/** Word processors and chat clients turn straight quotes into typographic ones. */
function smartQuotes(text: string): string {
  return text
    .replace(/'/g, '\u2019')
    .replace(/(^|[\s([{])"/gm, '$1\u201c')
    .replace(/"/g, '\u201d');
}

/** Breaks every line longer than 80 columns at exactly 80 (a terminal, a fixed-width viewer). */
function hardWrap(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/(.{80})(?=.)/g, '$1\n'))
    .join('\n');
}

/** Breaks lines longer than 80 columns at the last space before it (`fold -s`, e-mail clients). */
function wordWrap(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      const out: string[] = [];
      let rest = line;
      while (rest.length > 80) {
        const cut = rest.lastIndexOf(' ', 80);
        const at = cut > 0 ? cut : 80;
        out.push(rest.slice(0, at));
        rest = rest.slice(cut > 0 ? at + 1 : at);
      }
      out.push(rest);
      return out.join('\n');
    })
    .join('\n');
}

/** One line as Docker's json-file driver writes it. */
const dockerRecord = (line: string) =>
  `{"log":${JSON.stringify(`${line}\n`)},"stream":"stderr","time":"2026-01-05T10:00:00.123456789Z"}`;

export type Transport = readonly [name: string, apply: (text: string) => string | null];

export const TRANSPORTS: readonly Transport[] = [
  ['crlf', (t) => t.replace(/\r?\n/g, '\r\n')],
  ['compose-prefix', prefixLines('api-1  | ')],
  ['kubectl-prefix', prefixLines('[pod/api-7d9f/api] ')],
  ['journald-prefix', prefixLines('Dec 06 10:00:00 host app[123]: ')],
  ['gha-timestamps', prefixLines('2026-01-05T10:00:00.1234567Z ')],
  // `docker logs -t` and `kubectl logs --timestamps`: RFC 3339 with nanoseconds (corpus c13-030, c16-073).
  ['docker-timestamps', prefixLines('2026-01-05T10:00:00.123456789Z ')],
  // A CI job's raw log of `docker compose up` (corpus more-143).
  ['gha-compose', prefixLines('2026-01-05T10:00:00.1234567Z api-1  | ')],
  ['ansi-colours', ansi],
  // The same log copied from a page that dropped the ESC byte (GitHub's or a CI viewer's raw log,
  // a browser): `[31mERROR[0m` (whamcloud/integrated-manager-for-lustre#1736, a Markdown report's
  // winston `[31merror[39m:`), or showed it as U+FFFD (`�[2K�[G`, actions/zeit-now#6).
  ['ansi-esc-lost', (t) => ansi(t).replaceAll(ESC, '')],
  ['ansi-esc-fffd', (t) => ansi(t).replaceAll(ESC, '\ufffd')],
  ['chat-quote', prefixLines('> ')],
  ['code-fence', (t) => `\`\`\`python\n${t}\n\`\`\``],
  ['inline-backticks', (t) => (t.includes('\n') ? null : `\`${t}\``)],
  ['nbsp', (t) => t.replace(/ /g, '\u00a0')],
  ['narrow-nbsp', (t) => t.replace(/ /g, '\u202f')],
  ['smart-quotes', smartQuotes],
  ['zwsp-after-dot-slash', (t) => t.replace(/[./]/g, '$&\u200b')],
  ['json-string', (t) => `{"level":"error","msg":${JSON.stringify(t)}}`],
  // Docker's json-file log driver (`/var/lib/docker/containers/<id>/<id>-json.log`): a line a record.
  ['docker-json-file', (t) => t.split('\n').map(dockerRecord).join('\n')],
  // A process manager's name prefix (concurrently, foreman, lerna; tilemill-project/tilemill#1520).
  ['process-name-prefix', prefixLines('[tilemill] ')],
  ['hard-wrap-80', hardWrap],
  ['word-wrap-80', wordWrap],
  ['indent-4', prefixLines('    ')],
  ['tabs-for-indent', (t) => t.replace(/^( {4})+/gm, (s) => '\t'.repeat(s.length / 4))],
];
