import { parseArgs } from 'node:util';
import { describe, expect, it } from 'vitest';
import { CLI_OPTIONS, describeOptions, OPTION_LIST } from '../../../src/adapters/terminal/options.js';
import { USAGE } from '../../../src/adapters/terminal/usage.js';

describe('the CLI options table', () => {
  const names = Object.keys(CLI_OPTIONS);

  it('is read by parseArgs as it is, with its types and short letters', () => {
    const { values } = parseArgs({ args: ['-l', 'zh-TW', '--json', '-v'], options: CLI_OPTIONS });
    expect({ ...values }).toEqual({ lang: 'zh-TW', json: true, version: true });
  });

  it('shows every option in the help, one a line, with the command it belongs to', () => {
    const block = describeOptions().split('\n');
    expect(block).toHaveLength(names.length);
    for (const name of names) expect(USAGE).toContain(`--${name}`);
    expect(block.find((line) => line.includes('--encoding'))).toMatch(
      /^ {6}--encoding gbk +the code page .*\(scan only\)$/,
    );
    expect(block.find((line) => line.includes('--lang'))).toMatch(/^ {2}-l, --lang en\|zh-TW +language/);
  });

  it('lists every option when one is unknown', () => {
    expect(OPTION_LIST).toBe(
      '--json, --lang en|zh-TW, --encoding gbk (scan), --since 7d (feedback), --help, --version',
    );
  });
});
