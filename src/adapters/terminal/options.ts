/**
 * Every option of `sockerr`, stated once: `parseArgs` reads this table as it is (it looks at `type`
 * and `short`, and lets the other fields be), and the usage text and the "unknown option" answer
 * are written from it, so the three cannot drift apart.
 */
export const CLI_OPTIONS = {
  json: { type: 'boolean', about: 'print JSON on stdout (nothing else goes there)' },
  lang: {
    type: 'string',
    short: 'l',
    example: 'en|zh-TW',
    about: 'language of the reply, in any case (zh-tw works)',
  },
  encoding: {
    type: 'string',
    example: 'gbk',
    only: 'scan',
    about: 'the code page a log was written in: big5, shift_jis, windows-1251…',
  },
  since: { type: 'string', example: '7d', only: 'feedback', about: 'how far back to report (24h, 7d, 2w)' },
  help: { type: 'boolean', short: 'h', about: 'this text' },
  version: { type: 'boolean', short: 'v', about: "sockerr's version" },
} as const;

type CliOption = (typeof CLI_OPTIONS)[keyof typeof CLI_OPTIONS];

const entries = Object.entries(CLI_OPTIONS) as [string, CliOption][];

/** `--lang en|zh-TW`: an option as the usage shows it. */
const showOption = (name: string, option: CliOption) =>
  'example' in option ? `--${name} ${option.example}` : `--${name}`;

/** `--json, --lang en|zh-TW, --encoding gbk (scan), …`: the answer to an option not in the table. */
export const OPTION_LIST = entries
  .map(([name, option]) => `${showOption(name, option)}${'only' in option ? ` (${option.only})` : ''}`)
  .join(', ');

/** The usage's options block, one option a line, aligned. */
export function describeOptions(): string {
  const shown = entries.map(([name, option]) => {
    const short = 'short' in option ? `-${option.short}, ` : '    ';
    return [`${short}${showOption(name, option)}`, option] as const;
  });
  const width = Math.max(...shown.map(([text]) => text.length)) + 3;
  return shown
    .map(
      ([text, option]) =>
        `  ${text.padEnd(width)}${option.about}${'only' in option ? ` (${option.only} only)` : ''}`,
    )
    .join('\n');
}
